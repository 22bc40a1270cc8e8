// The functions are inline in the header; SwiftPM needs one source file for a C target.
#include "CLoadScan.h"
