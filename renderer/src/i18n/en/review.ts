/** Messages of the review view in the shell: its tab, permissions' words. */
export const review = {
} as const;
