/** Types of the offline fallback feature. */
import type { EscalationFallback } from '@shared/sync/store';

/** How a desk sent a concern on: its own mail program or a call. */
export type FallbackMethod = EscalationFallback['method'];
