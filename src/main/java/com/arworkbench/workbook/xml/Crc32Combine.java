package com.arworkbench.workbook.xml;

/**
 * The CRC-32 of two byte sequences joined, from their own CRCs and the second's length (zlib's
 * {@code crc32_combine}): a sheet's rows are checksummed as they stream, long before the XML around them
 * (written last) is known, and the zip entry needs the CRC of the whole.
 */
public final class Crc32Combine {

    private static final int GF2_DIM = 32;

    private Crc32Combine() {
    }

    /** The CRC of A‖B, given crc(A), crc(B) and |B|. */
    public static long combine(long crc1, long crc2, long len2) {
        if (len2 <= 0) {
            return crc1;
        }
        long[] even = new long[GF2_DIM];
        long[] odd = new long[GF2_DIM];
        odd[0] = 0xedb88320L; // the CRC-32 polynomial: the operator for one zero bit
        long row = 1;
        for (int n = 1; n < GF2_DIM; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crc1;
        long len = len2;
        do { // apply len zero bytes to crc1, a power of two at a time
            square(even, odd);
            if ((len & 1) != 0) {
                crc = times(even, crc);
            }
            len >>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even);
            if ((len & 1) != 0) {
                crc = times(odd, crc);
            }
            len >>= 1;
        } while (len != 0);
        return (crc ^ crc2) & 0xffffffffL;
    }

    private static long times(long[] mat, long vec) {
        long sum = 0;
        int i = 0;
        long v = vec;
        while (v != 0) {
            if ((v & 1) != 0) {
                sum ^= mat[i];
            }
            v >>>= 1;
            i++;
        }
        return sum;
    }

    private static void square(long[] square, long[] mat) {
        for (int n = 0; n < GF2_DIM; n++) {
            square[n] = times(mat, mat[n]);
        }
    }
}
