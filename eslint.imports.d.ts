// Types for eslint.imports.js, which the lint spec imports.
import type { Linter } from 'eslint';

export declare const PURE: readonly string[];
export declare const importRules: Linter.Config[];
