//! Windows facts for the elevation decision, and the restart itself.

use std::os::windows::ffi::OsStrExt;

use windows_sys::Wdk::System::SystemServices::RtlGetVersion;
use windows_sys::Win32::Foundation::{CloseHandle, HANDLE};
use windows_sys::Win32::Security::{
    GetTokenInformation, TokenElevation, TOKEN_ELEVATION, TOKEN_QUERY,
};
use windows_sys::Win32::System::SystemInformation::OSVERSIONINFOW;
use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};
use windows_sys::Win32::UI::Shell::ShellExecuteW;
use windows_sys::Win32::UI::WindowsAndMessaging::SW_SHOWNORMAL;

use super::elevation::{advice, ElevationAdvice};

/// The real build number; `RtlGetVersion` is not subject to the
/// compatibility shims that make `GetVersionEx` lie.
pub fn build_number() -> u32 {
    let mut info = OSVERSIONINFOW {
        dwOSVersionInfoSize: std::mem::size_of::<OSVERSIONINFOW>() as u32,
        ..Default::default()
    };
    // SAFETY: `info` is a properly sized, writable OSVERSIONINFOW.
    unsafe { RtlGetVersion(&mut info) };
    info.dwBuildNumber
}

/// Whether this process runs elevated (as administrator).
pub fn is_elevated() -> bool {
    let mut token: HANDLE = std::ptr::null_mut();
    // SAFETY: plain Win32 calls with valid out-pointers; the token handle
    // is closed before returning.
    unsafe {
        if OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) == 0 {
            return false;
        }
        let mut elevation = TOKEN_ELEVATION { TokenIsElevated: 0 };
        let mut len = 0u32;
        let ok = GetTokenInformation(
            token,
            TokenElevation,
            (&mut elevation as *mut TOKEN_ELEVATION).cast(),
            std::mem::size_of::<TOKEN_ELEVATION>() as u32,
            &mut len,
        );
        CloseHandle(token);
        ok != 0 && elevation.TokenIsElevated != 0
    }
}

/// What to offer on this machine when a key is refused.
pub fn current_advice() -> ElevationAdvice {
    advice(build_number(), is_elevated())
}

/// Records once per run what decides direct key access here: the build
/// (1903 is 18362), whether we run elevated, and the decision. Support
/// reads it in the log file; tools/test-windows.sh checks it under Wine.
pub fn log_facts() {
    let build = build_number();
    let elevated = is_elevated();
    let fido_access = advice(build, elevated);
    tracing::info!(windows_build = build, elevated, ?fido_access, "Windows");
}

/// Starts KeyGuide again elevated (Windows asks the user through UAC) with
/// the same arguments. The caller exits when this succeeds.
pub fn restart_as_administrator() -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    let args: Vec<String> = std::env::args().skip(1).map(|a| quote(&a)).collect();
    let wide = |s: &std::ffi::OsStr| s.encode_wide().chain(Some(0)).collect::<Vec<u16>>();
    let verb = wide("runas".as_ref());
    let file = wide(exe.as_os_str());
    let params = wide(args.join(" ").as_ref());
    // SAFETY: all strings are NUL-terminated UTF-16 that outlive the call.
    let result = unsafe {
        ShellExecuteW(
            std::ptr::null_mut(),
            verb.as_ptr(),
            file.as_ptr(),
            params.as_ptr(),
            std::ptr::null(),
            SW_SHOWNORMAL,
        )
    };
    // ShellExecute reports success with a value above 32.
    if result as usize > 32 {
        Ok(())
    } else {
        Err(std::io::Error::other(t!("platform-elevation-failed")))
    }
}

/// Quotes one argument the way the C runtime splits command lines.
fn quote(arg: &str) -> String {
    if !arg.is_empty() && !arg.contains([' ', '\t', '"']) {
        return arg.to_owned();
    }
    let mut out = String::from("\"");
    let mut backslashes = 0;
    for c in arg.chars() {
        match c {
            '\\' => backslashes += 1,
            '"' => {
                out.push_str(&"\\".repeat(backslashes * 2 + 1));
                out.push('"');
                backslashes = 0;
            }
            _ => {
                out.push_str(&"\\".repeat(backslashes));
                out.push(c);
                backslashes = 0;
            }
        }
    }
    out.push_str(&"\\".repeat(backslashes * 2));
    out.push('"');
    out
}
