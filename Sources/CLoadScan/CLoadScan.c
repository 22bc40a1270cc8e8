#include "CLoadScan.h"

#include <string.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

// '[' 0x5B and '{' 0x7B, ']' 0x5D and '}' 0x7D differ only in bit 5: clear it and compare twice.

static LoadScanMasks masks_of_block(const uint8_t *block) {
    LoadScanMasks masks = {0, 0, 0};
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
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

void load_scan_blocks_sse2(const uint8_t *bytes, long count, LoadScanMasks *masks) {
    long full = count / 64;
    for (long i = 0; i < full; i++) masks[i] = masks_of_block(bytes + 64 * i);
    if (count % 64) {
        uint8_t last[64] = {0};
        memcpy(last, bytes + 64 * full, count % 64);
        masks[full] = masks_of_block(last);
    }
}

#if defined(__x86_64__)
__attribute__((target("avx512f,avx512bw"))) static void blocks_avx512(
    const uint8_t *bytes, long count, LoadScanMasks *masks) {
    const __m512i quote = _mm512_set1_epi8('"'), backslash = _mm512_set1_epi8('\\');
    const __m512i noBit5 = _mm512_set1_epi8((char)0xDF), open = _mm512_set1_epi8('['), close = _mm512_set1_epi8(']');
    for (long i = 0; 64 * i < count; i++) {
        long left = count - 64 * i;
        __mmask64 present = left >= 64 ? ~(__mmask64)0 : (((__mmask64)1 << left) - 1);
        __m512i block = _mm512_maskz_loadu_epi8(present, bytes + 64 * i);  // zeros past the end
        __m512i folded = _mm512_and_si512(block, noBit5);
        masks[i].quotes = _mm512_cmpeq_epi8_mask(block, quote);
        masks[i].backslashes = _mm512_cmpeq_epi8_mask(block, backslash);
        masks[i].brackets = _mm512_cmpeq_epi8_mask(folded, open) | _mm512_cmpeq_epi8_mask(folded, close);
    }
}
#endif

void load_scan_blocks(const uint8_t *bytes, long count, LoadScanMasks *masks) {
#if defined(__x86_64__)
    if (__builtin_cpu_supports("avx512bw")) {
        blocks_avx512(bytes, count, masks);
        return;
    }
#endif
    load_scan_blocks_sse2(bytes, count, masks);
}
