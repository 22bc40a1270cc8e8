// The byte classes of a 64-byte block of JSON that the load benchmark's page check needs, as bit masks
// (bit i for byte i), found 16 bytes at a time with SSE2 (every x86-64 has it; other machines get a loop).
#ifndef CLOADSCAN_H
#define CLOADSCAN_H

#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct {
    uint64_t quotes;       // '"'
    uint64_t backslashes;  // '\\'
    uint64_t brackets;     // '[', ']', '{', '}'
} LoadScanMasks;

static inline LoadScanMasks load_scan_masks(const uint8_t *block) {
    LoadScanMasks masks = {0, 0, 0};
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    // '[' 0x5B and '{' 0x7B, ']' 0x5D and '}' 0x7D differ only in bit 5: clear it and compare twice.
    const __m128i noBit5 = _mm_set1_epi8((char)0xDF), open = _mm_set1_epi8('['), close = _mm_set1_epi8(']');
    for (int i = 0; i < 4; i++) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(block + 16 * i));
        __m128i folded = _mm_and_si128(bytes, noBit5);
        uint64_t q = (uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, quote));
        uint64_t b = (uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, backslash));
        uint64_t s = (uint16_t)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)));
        masks.quotes |= q << (16 * i);
        masks.backslashes |= b << (16 * i);
        masks.brackets |= s << (16 * i);
    }
#else
    for (int i = 0; i < 64; i++) {
        uint8_t byte = block[i];
        uint64_t bit = (uint64_t)1 << i;
        if (byte == '"') masks.quotes |= bit;
        if (byte == '\\') masks.backslashes |= bit;
        if ((byte & 0xDF) == '[' || (byte & 0xDF) == ']') masks.brackets |= bit;
    }
#endif
    return masks;
}

#endif
