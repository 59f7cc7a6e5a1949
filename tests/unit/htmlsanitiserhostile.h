#pragma once

// The hostile inputs of tst_htmlsanitiser, one data row each: the columns
// "input", "expectedText" (must survive, when set), "absent" (must be gone
// from text and HTML, when set) and "keptUrls" (links and pictures kept, or
// -1: not checked).
void addHostileRows();
