//! Reading PINs and confirmations. PINs come from the terminal without echo
//! or, with `--pin-stdin`, from standard input one per line; never from
//! arguments or the environment. Each PIN goes straight into a zeroizing
//! [`Pin`].

use std::io::{self, BufRead, IsTerminal, Write};
use zeroize::Zeroizing;

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
        self.read("PIN of the key: ")
    }

    /// A new PIN; on a terminal it is asked twice.
    pub fn new_pin(&mut self, min_length: usize) -> Result<Pin, KeyError> {
        let prompt = format!("New PIN (at least {min_length} characters): ");
        let pin = self.read(&prompt)?;
        if !self.from_stdin {
            let again = self.read("Repeat the new PIN: ")?;
            if pin.as_bytes() != again.as_bytes() {
                return Err(KeyError::InvalidPin(PinProblem::Mismatch));
            }
        }
        Ok(pin)
    }

    fn read(&mut self, prompt: &str) -> Result<Pin, KeyError> {
        if self.from_stdin {
            let mut line = Zeroizing::new(String::new());
            let n = io::stdin().lock().read_line(&mut line)?;
            if n == 0 {
                return Err(KeyError::Io(std::sync::Arc::new(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "standard input ended before all PINs were read",
                ))));
            }
            let trimmed = line.trim_end_matches(['\r', '\n']).to_owned();
            return Ok(Pin::new(trimmed));
        }
        if !io::stdin().is_terminal() {
            return Err(KeyError::Io(std::sync::Arc::new(io::Error::other(
                "no terminal to ask for the PIN; pass it on standard input with --pin-stdin",
            ))));
        }
        let pin = rpassword::prompt_password(prompt)?;
        Ok(Pin::new(pin))
    }
}

/// Asks the user to type `word` to confirm a destructive action.
pub fn confirm_typed(question: &str, word: &str) -> Result<bool, KeyError> {
    if !io::stdin().is_terminal() {
        return Err(KeyError::Io(std::sync::Arc::new(io::Error::other(
            "this erases data and there is no terminal to confirm it; add --yes",
        ))));
    }
    eprint!("{question}\nType {word} to continue: ");
    io::stderr().flush()?;
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer)?;
    Ok(answer.trim() == word)
}
