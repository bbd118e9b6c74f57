// CPT code numbers (AMA CPT, as CMS lists them in the PFS files): Category I is 5 digits, Category II 4 digits + F,
// Category III 4 digits + T, PLA 4 digits + U, MAAA 4 digits + M. Subset: the shape of the number only.

const CPT_CODE = /^\d{4}[0-9FTUM]$/;

/** True for a CPT number: 5 digits, or 4 digits followed by F, T, U or M (upper case). */
export function isCptCode(code: string): boolean {
  return CPT_CODE.test(code);
}
