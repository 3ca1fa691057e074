// The only accepted exceptions to the accessibility suite, each with its reason.
// An exception names the axe rule and says where it applies; keep this list short.

export interface AccessibilityException {
  /** axe rule id, e.g. `color-contrast`. */
  rule: string;
  /** Why this is not a barrier for users, or why it cannot be fixed yet. */
  reason: string;
  /** Whether the exception covers this page and element (CSS selector path from axe). */
  applies(path: string, target: string): boolean;
}

export const accessibilityExceptions: AccessibilityException[] = [];
