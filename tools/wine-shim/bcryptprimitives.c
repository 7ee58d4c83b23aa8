/*
 * FOR THE WINE TEST ONLY (tools/test-windows.sh): never shipped, never put
 * in the MSI. Rust's standard library (1.78 and later) asks Windows for
 * random bytes through ProcessPrng in bcryptprimitives.dll; Windows 10 and
 * 11 have it, Debian 12's Wine 8.0 does not, so keyguide.exe would stop
 * before main. This DLL, placed next to the exe, provides ProcessPrng on
 * top of RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* Windows documents it as always returning TRUE; so do we, unless Wine's
 * RtlGenRandom fails, which Rust's std then reports as a panic. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
