//! `keyguide provision --policy FILE --report FILE.csv`: prepares key after
//! key by the policy ([`crate::provision`]). With `--virtual` (several
//! times) the files are the batch, in order; otherwise it waits for keys to
//! be inserted or laid on a reader, one at a time, until the user types
//! `q` and Enter (or presses Ctrl+C: every finished row is already on
//! disk).

use std::collections::HashSet;
use std::io::BufRead as _;
use std::path::{Path, PathBuf};

use futures::StreamExt as _;

use crate::device::hotplug::{self, DeviceEvent};
use crate::device::KeyError;
use crate::provision::policy::PolicyLoadError;
use crate::provision::report::ReportFile;
use crate::provision::{plain, prepare, KeyRow, KeySource, Outcome, Policy};

use super::output::Output;

pub async fn run(
    virtual_keys: &[PathBuf],
    policy_path: &Path,
    report_path: &Path,
    out: &Output,
) -> Result<(), KeyError> {
    // The policy is checked in full before the report exists or a key is
    // touched.
    let policy = Policy::load(policy_path).map_err(|e| match e {
        PolicyLoadError::Io(e) => plain(t!(
            "provision-policy-unreadable",
            path = policy_path.display().to_string(),
            error = e.to_string()
        )),
        PolicyLoadError::Invalid(e) => plain(t!(
            "provision-policy-invalid",
            path = policy_path.display().to_string(),
            error = e.to_string()
        )),
    })?;
    let mut report = ReportFile::create(report_path).map_err(|e| {
        plain(t!(
            "provision-report-not-created",
            path = report_path.display().to_string(),
            error = e.to_string()
        ))
    })?;
    let mut rows = Vec::new();
    if virtual_keys.is_empty() {
        real_keys(&policy, &mut report, &mut rows, out).await?;
    } else {
        for path in virtual_keys {
            let number = rows.len() + 1;
            let row = match KeySource::virtual_file(path.clone()) {
                Ok(source) => prepare(&policy, number, &source).await,
                Err(e) => failed_row(number, path.display().to_string(), &e),
            };
            record(&mut report, row, &mut rows, out)?;
        }
    }
    let prepared = rows.iter().filter(|o| **o == Outcome::Prepared).count();
    let total = rows.len();
    let path = report_path.display().to_string();
    if prepared == total {
        out.done(&t!(
            "provision-summary-all",
            count = total,
            path = path.as_str()
        ));
        Ok(())
    } else {
        Err(plain(t!(
            "provision-summary-some-not",
            prepared = prepared,
            total = total,
            path = path.as_str()
        )))
    }
}

/// Writes the row, tells the user, keeps the outcome for the summary.
fn record(
    report: &mut ReportFile,
    row: KeyRow,
    outcomes: &mut Vec<Outcome>,
    out: &Output,
) -> Result<(), KeyError> {
    report
        .write(&row)
        .map_err(|e| plain(t!("provision-report-not-written", error = e.to_string())))?;
    // The PIN is in the report only, never on the screen.
    let line = match row.outcome {
        Outcome::Prepared => t!(
            "provision-key-prepared",
            number = row.number,
            model = row.model.as_str()
        ),
        Outcome::Refused => t!(
            "provision-key-refused",
            number = row.number,
            model = row.model.as_str(),
            reason = row.detail.as_str()
        ),
        Outcome::Failed => t!(
            "provision-key-failed",
            number = row.number,
            reason = row.detail.as_str()
        ),
    };
    out.note(&line);
    outcomes.push(row.outcome);
    Ok(())
}

fn failed_row(number: usize, source: String, error: &KeyError) -> KeyRow {
    use crate::errors::UserText as _;
    KeyRow {
        number,
        source,
        aaguid: String::new(),
        model: String::new(),
        firmware: String::new(),
        applied: Vec::new(),
        pin: None,
        outcome: Outcome::Failed,
        detail: error.user_text(),
    }
}

/// Key after key from the device events, until `q` (or the end of
/// standard input, when it is not a terminal and has ended).
async fn real_keys(
    policy: &Policy,
    report: &mut ReportFile,
    outcomes: &mut Vec<Outcome>,
    out: &Output,
) -> Result<(), KeyError> {
    let (stop_tx, mut stop) = tokio::sync::mpsc::unbounded_channel::<()>();
    // A thread, not a task: reading standard input blocks.
    std::thread::Builder::new()
        .name("keyguide-provision-stop".into())
        .spawn(move || {
            for line in std::io::stdin().lock().lines() {
                match line {
                    Ok(l) if l.trim().eq_ignore_ascii_case("q") => break,
                    Ok(_) => {}
                    Err(_) => break,
                }
            }
            let _ = stop_tx.send(());
        })?;
    let mut events = hotplug::watch().await;
    // Keys done and not yet removed: a key that stays in is not redone.
    let mut done: HashSet<String> = HashSet::new();
    out.note(&t!("provision-insert-first"));
    loop {
        let event = tokio::select! {
            _ = stop.recv() => break,
            event = events.next() => event,
        };
        match event {
            Some(DeviceEvent::KeyArrived(summary)) if !done.contains(&summary.id) => {
                let number = outcomes.len() + 1;
                out.note(&t!(
                    "provision-key-working",
                    number = number,
                    label = summary.label.as_str()
                ));
                let source = KeySource::Device {
                    id: summary.id.clone(),
                };
                let row = prepare(policy, number, &source).await;
                record(report, row, outcomes, out)?;
                done.insert(summary.id);
                out.note(&t!("provision-insert-next"));
            }
            Some(DeviceEvent::KeyLeft(id)) => {
                done.remove(&id);
            }
            Some(DeviceEvent::KeyArrived(_)) => {}
            None => break,
        }
    }
    Ok(())
}
