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
        self.read(&t!("cli-prompt-current-pin"))
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
            let mut line = Zeroizing::new(String::new());
            let n = io::stdin().lock().read_line(&mut line)?;
            if n == 0 {
                return Err(KeyError::Io(std::sync::Arc::new(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    t!("cli-stdin-ended"),
                ))));
            }
            let trimmed = line.trim_end_matches(['\r', '\n']).to_owned();
            return Ok(Pin::new(trimmed));
        }
        if !io::stdin().is_terminal() {
            return Err(KeyError::Io(std::sync::Arc::new(io::Error::other(t!(
                "cli-no-terminal-for-pin"
            )))));
        }
        let pin = rpassword::prompt_password(format!("{prompt} "))?;
        Ok(Pin::new(pin))
    }
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
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer)?;
    Ok(answer.trim() == word)
}
