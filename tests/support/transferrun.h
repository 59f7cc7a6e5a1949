#pragma once

#include "core/downloads/transfer.h"

namespace TestSupport {

// Runs one transfer to its end on a multi handle of its own (blocking the
// calling thread) and returns its outcome.
Downloads::Transfer::Outcome runTransfer(Downloads::Transfer &transfer);

} // namespace TestSupport
