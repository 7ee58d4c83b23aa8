//! The batch report: a CSV file, one row per key. It holds the PINs, so it
//! is created readable by its owner only (0600 on Unix) before a byte is
//! written, and never overwrites an existing file (an old report's PINs
//! would be lost, or a file someone else can read reused).

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

use zeroize::Zeroizing;

use super::KeyRow;

/// The columns, a stable interface for scripts (README).
pub const HEADER: [&str; 9] = [
    "number", "source", "aaguid", "model", "firmware", "applied", "pin", "result", "detail",
];

pub struct ReportFile {
    file: File,
}

impl ReportFile {
    /// Creates the file (it must not exist yet) and writes the header.
    pub fn create(path: &Path) -> io::Result<ReportFile> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            // Set at creation: there is no moment the file is readable by others.
            options.mode(0o600);
        }
        // On Windows a new file inherits its folder's permissions: the
        // README says to keep reports in the user's own profile.
        let file = options.open(path)?;
        let mut report = ReportFile { file };
        report.write_line(&HEADER)?;
        Ok(report)
    }

    /// Writes one key's row and flushes it to disk: a batch stopped with
    /// Ctrl+C still has every finished key.
    pub fn write(&mut self, row: &KeyRow) -> io::Result<()> {
        let pin = match &row.pin {
            Some(pin) => Zeroizing::new(String::from_utf8_lossy(pin.as_bytes()).into_owned()),
            None => Zeroizing::new(String::new()),
        };
        let number = row.number.to_string();
        let applied = row.applied.join(";");
        self.write_line(&[
            &number,
            &row.source,
            &row.aaguid,
            &row.model,
            &row.firmware,
            &applied,
            &pin,
            row.outcome.as_str(),
            &row.detail,
        ])
    }

    fn write_line(&mut self, fields: &[&str]) -> io::Result<()> {
        let mut line = Zeroizing::new(String::new());
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            line.push_str(&csv_field(field));
        }
        line.push_str("\r\n");
        self.file.write_all(line.as_bytes())?;
        self.file.sync_data()
    }
}

/// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'`
/// so that a spreadsheet shows a model name as text, never runs it as a
/// formula (OWASP, "CSV injection").
fn csv_field(text: &str) -> Zeroizing<String> {
    let mut text = Zeroizing::new(text.to_owned());
    if text.starts_with(['=', '+', '-', '@']) {
        text.insert(0, '\'');
    }
    if text.contains([',', '"', '\n', '\r']) {
        Zeroizing::new(format!("\"{}\"", text.replace('"', "\"\"")))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(*csv_field("plain"), "plain");
        assert_eq!(*csv_field("a,b"), "\"a,b\"");
        assert_eq!(*csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(*csv_field("=cmd()"), "'=cmd()");
        assert_eq!(*csv_field("01234567"), "01234567");
    }

    #[test]
    fn an_existing_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.csv");
        std::fs::write(&path, "old PINs").unwrap();
        assert!(ReportFile::create(&path).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old PINs");
    }
}
