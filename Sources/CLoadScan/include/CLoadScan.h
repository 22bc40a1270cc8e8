// The byte classes of 64-byte blocks of JSON that the load benchmark's page check needs, as bit masks (bit i
// for byte i): 64 bytes a compare with AVX-512 where the machine has it, else 16 with SSE2 (every x86-64 has
// it; other machines get a loop).
#ifndef CLOADSCAN_H
#define CLOADSCAN_H

#include <stdint.h>

typedef struct {
    uint64_t quotes;       // '"'
    uint64_t backslashes;  // '\\'
    uint64_t brackets;     // '[', ']', '{', '}'
} LoadScanMasks;

/// The masks of the blocks of `bytes[0..<count]` (`count` at most 4096), one per 64 bytes, the last one as
/// if padded with zeros (no byte class).
void load_scan_blocks(const uint8_t *bytes, long count, LoadScanMasks *masks);

/// The same without AVX-512 (the tests check that both ways agree).
void load_scan_blocks_sse2(const uint8_t *bytes, long count, LoadScanMasks *masks);

#endif
