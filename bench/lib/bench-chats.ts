/** The bench's n-th Telegram chat: group chats have negative ids, as in Telegram. */
export const benchChatId = (n: number): string => String(-1_000_000_000 - n);
