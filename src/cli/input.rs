//! Reading PINs and confirmations. PINs come from the terminal without echo
//! or, with `--pin-stdin`, from standard input one per line; never from
//! arguments or the environment. Each PIN goes straight into a zeroizing
//! [`Pin`].
//!
//! Standard input is read from its file descriptor (Unix) or handle
//! (Windows) one byte at a time, into a zeroizing buffer allocated once at
//! its full size: std's `Stdin` keeps an 8 KiB line buffer of its own that is
//! never wiped, so it is not used, and a buffer that never grows leaves no
//! unwiped copy behind in freed memory.

use std::io::{self, IsTerminal, Read, Write};
use zeroize::{Zeroize, Zeroizing};

use crate::device::error::PinProblem;
use crate::device::{KeyError, Pin};

/// Where PINs come from for this run.
pub struct PinInput {
    from_stdin: bool,
}

impl PinInput {
    pub fn new(from_stdin: bool) -> Self {
        Self { from_stdin }
    }

    /// The key's current PIN.
    pub fn current(&mut self) -> Result<Pin, KeyError> {
        self.read(&t!("cli-prompt-current-pin"))
    }

    /// The current PIN of the key `prompt` names (when two keys are open).
    pub fn current_for(&mut self, prompt: &str) -> Result<Pin, KeyError> {
        self.read(prompt)
    }

    /// A new PIN; on a terminal it is asked twice.
    pub fn new_pin(&mut self, min_length: usize) -> Result<Pin, KeyError> {
        let pin = self.read(&t!("cli-prompt-new-pin", min = min_length))?;
        if !self.from_stdin {
            let again = self.read(&t!("cli-prompt-repeat-pin"))?;
            if pin.as_bytes() != again.as_bytes() {
                return Err(KeyError::InvalidPin(PinProblem::Mismatch));
            }
        }
        Ok(pin)
    }

    /// `prompt` is the question without its trailing space.
    fn read(&mut self, prompt: &str) -> Result<Pin, KeyError> {
        if self.from_stdin {
            let Some(line) = read_secret_line(&mut raw_stdin()?)? else {
                return Err(KeyError::Io(std::sync::Arc::new(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    t!("cli-stdin-ended"),
                ))));
            };
            return pin_from_bytes(line);
        }
        if !io::stdin().is_terminal() {
            return Err(KeyError::Io(std::sync::Arc::new(io::Error::other(t!(
                "cli-no-terminal-for-pin"
            )))));
        }
        // rpassword reads the terminal (not stdin) byte by byte into its
        // zeroizing SafeString and hands over a String, moved into the Pin.
        let pin = rpassword::prompt_password(format!("{prompt} "))?;
        Ok(Pin::new(pin))
    }
}

/// The longest line kept: a PIN is at most 63 bytes of UTF-8 (CTAP 2.1
/// §6.5.1); more is refused, never stored past the buffer.
const LINE_MAX: usize = 256;

/// Reads one line from `input`, a byte at a time so nothing after the line
/// is consumed (the next PIN stays for the next call), into a zeroizing
/// buffer that never reallocates. Accepts `\n` and `\r\n` endings and a last
/// line without one; `None` when the input ended before any byte. A line
/// longer than [`LINE_MAX`] is read to its end, stored no further, and
/// refused as too long.
pub fn read_secret_line(input: &mut impl Read) -> Result<Option<Zeroizing<Vec<u8>>>, KeyError> {
    let mut line = Zeroizing::new(Vec::with_capacity(LINE_MAX));
    let mut byte = Zeroizing::new([0u8; 1]);
    let mut read_any = false;
    let mut too_long = false;
    loop {
        match input.read(&mut *byte) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        }
        read_any = true;
        if byte[0] == b'\n' {
            break;
        }
        if line.len() == LINE_MAX {
            // Keep reading to the end of the line, storing nothing.
            too_long = true;
            continue;
        }
        line.push(byte[0]);
    }
    if !read_any {
        return Ok(None);
    }
    if too_long {
        return Err(KeyError::InvalidPin(PinProblem::TooLong));
    }
    if line.last() == Some(&b'\r') {
        line.pop();
        // The popped byte stays in the buffer's spare capacity: wipe it.
        line.spare_capacity_mut()[0].write(0);
    }
    Ok(Some(line))
}

/// A line as a PIN: the same buffer, moved into the `Pin` (no copy).
fn pin_from_bytes(mut line: Zeroizing<Vec<u8>>) -> Result<Pin, KeyError> {
    match String::from_utf8(std::mem::take(&mut *line)) {
        Ok(text) => Ok(Pin::new(text)),
        Err(e) => {
            e.into_bytes().zeroize();
            Err(KeyError::Io(std::sync::Arc::new(io::Error::new(
                io::ErrorKind::InvalidData,
                t!("cli-stdin-not-utf8"),
            ))))
        }
    }
}

/// Standard input as a file of its own (a duplicate of descriptor 0 or of
/// the standard input handle), read without std's `Stdin` buffer.
fn raw_stdin() -> io::Result<std::fs::File> {
    #[cfg(unix)]
    let owned = std::os::fd::AsFd::as_fd(&io::stdin()).try_clone_to_owned()?;
    #[cfg(windows)]
    let owned = std::os::windows::io::AsHandle::as_handle(&io::stdin()).try_clone_to_owned()?;
    Ok(std::fs::File::from(owned))
}

/// Asks the user to type `word` to confirm a destructive action. The word
/// itself is not translated: it is the same in every language, as the
/// README documents it.
pub fn confirm_typed(question: &str, word: &str) -> Result<bool, KeyError> {
    if !io::stdin().is_terminal() {
        return Err(KeyError::Io(std::sync::Arc::new(io::Error::other(t!(
            "cli-no-terminal-to-confirm"
        )))));
    }
    eprint!("{question}\n{} ", t!("cli-confirm-type-word", word = word));
    io::stderr().flush()?;
    // Read like a PIN line, so std's `Stdin` buffer never holds input that
    // a later `--pin-stdin` read would then miss.
    let answer = read_secret_line(&mut raw_stdin()?)?.unwrap_or_default();
    Ok(String::from_utf8_lossy(&answer).trim() == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8]) -> Vec<Result<Option<Vec<u8>>, String>> {
        let mut reader = input;
        let mut out = Vec::new();
        loop {
            match read_secret_line(&mut reader) {
                Ok(Some(line)) => out.push(Ok(Some(line.to_vec()))),
                Ok(None) => {
                    out.push(Ok(None));
                    return out;
                }
                Err(e) => out.push(Err(format!("{e:?}"))),
            }
        }
    }

    #[test]
    fn one_pin_per_line_with_either_line_ending() {
        assert_eq!(
            lines(b"123456\n24681357\r\n"),
            [
                Ok(Some(b"123456".to_vec())),
                Ok(Some(b"24681357".to_vec())),
                Ok(None)
            ]
        );
    }

    #[test]
    fn a_last_line_without_newline_is_a_pin() {
        assert_eq!(lines(b"9876"), [Ok(Some(b"9876".to_vec())), Ok(None)]);
    }

    #[test]
    fn empty_input_is_no_pin_and_an_empty_line_is_an_empty_pin() {
        assert_eq!(lines(b""), [Ok(None)]);
        assert_eq!(lines(b"\n"), [Ok(Some(Vec::new())), Ok(None)]);
        assert_eq!(lines(b"\r\n"), [Ok(Some(Vec::new())), Ok(None)]);
    }

    #[test]
    fn a_carriage_return_inside_a_pin_is_kept() {
        assert_eq!(lines(b"12\r34\n"), [Ok(Some(b"12\r34".to_vec())), Ok(None)]);
    }

    #[test]
    fn an_overlong_line_is_refused_and_the_next_line_still_read() {
        let mut input = vec![b'7'; LINE_MAX + 10];
        input.extend_from_slice(b"\n4321\n");
        assert_eq!(
            lines(&input),
            [
                Err(format!("{:?}", KeyError::InvalidPin(PinProblem::TooLong))),
                Ok(Some(b"4321".to_vec())),
                Ok(None)
            ]
        );
    }

    #[test]
    fn the_buffer_never_grows_so_no_copy_is_left_behind() {
        let mut input: &[u8] = b"0123456789012345678901234567890123456789012345678901234567890\n";
        let line = read_secret_line(&mut input).unwrap().unwrap();
        assert_eq!(line.capacity(), LINE_MAX);
    }

    #[test]
    fn nothing_past_the_line_is_consumed() {
        let mut input: &[u8] = b"1111\n2222\n";
        read_secret_line(&mut input).unwrap();
        assert_eq!(input, b"2222\n");
    }

    #[test]
    fn a_line_becomes_a_pin_without_a_copy_and_bad_utf8_is_refused() {
        let line = Zeroizing::new(b"c\xc3\xa9".to_vec());
        let address = line.as_ptr();
        let pin = pin_from_bytes(line).unwrap();
        assert_eq!(pin.as_bytes(), "cé".as_bytes());
        assert_eq!(pin.as_bytes().as_ptr(), address);
        assert!(pin_from_bytes(Zeroizing::new(vec![0xff, 0x31])).is_err());
    }
}
