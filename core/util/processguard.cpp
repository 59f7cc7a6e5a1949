#include "core/util/processguard.h"

#include <sys/prctl.h>

namespace Util {

bool forbidCoreDumps()
{
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && !coreDumpsAllowed();
}

bool coreDumpsAllowed()
{
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
}

} // namespace Util
