//! The root's side of key operations: starting them (one at a time, or
//! beside a running one), and what their answers and errors do to the app.

use super::*;

impl App {
    /// True while any operation runs on the key.
    pub fn is_busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// The running operation to show: one that waits for a touch first.
    pub fn busy(&self) -> Option<&Op> {
        self.running
            .values()
            .find(|op| op.needs_touch())
            .or_else(|| self.running.values().next())
    }

    /// Starts an op on the open key, unless one is running.
    pub(super) fn run(&mut self, op: Op) -> Task<Message> {
        if self.is_busy() {
            return Task::none();
        }
        self.start(op)
    }

    /// Starts an op on the open key, also beside one already running.
    pub(super) fn start(&mut self, op: Op) -> Task<Message> {
        let Some(key) = &self.key else {
            return Task::none();
        };
        if self.running.is_empty() {
            key.cancel.reset();
        }
        // A refresh keeps the message about what just happened.
        if !matches!(op, Op::Info | Op::ListPasskeys | Op::ListFingerprints) {
            self.notice = None;
        }
        let id = OpId(self.next_op);
        self.next_op += 1;
        self.running.insert(id, op.clone());
        let session = key.session.clone();
        Task::perform(ops::run(session, op.clone()), move |r| {
            Message::Done(id, op.clone(), r)
        })
    }

    pub(super) fn done(&mut self, op: Op, result: Result<OpOutput, KeyError>) -> Task<Message> {
        let Some(key) = &mut self.key else {
            return Task::none();
        };
        match result {
            Ok(OpOutput::Info(info)) => {
                if key.icon.is_none() {
                    key.icon = screen::overview::model_icon(&info);
                }
                let mut info = *info;
                if key.summary.transport == Transport::Virtual {
                    // One name for the demo key everywhere: the list's.
                    info.name = key.summary.label.clone();
                }
                key.info = Some(info);
                if let Some(screen) = self.start_screen.take() {
                    return self.start_on(screen);
                }
            }
            Ok(OpOutput::Passkeys(list)) => {
                self.guide.passkeys_read(&list);
                key.passkeys = Some(list);
                // Which passkeys' sites keep data on the key: read the
                // large-blob store too (no PIN needed to read it).
                if key.info.as_ref().is_some_and(|i| i.large_blobs) {
                    return self.run(Op::ReadLargeBlobs);
                }
            }
            Ok(OpOutput::Fingerprints(list)) => key.fingerprints = Some(list),
            Ok(OpOutput::Holdings(passkeys, fingerprints)) => {
                if let Some(list) = passkeys {
                    self.guide.passkeys_read(&list);
                    key.passkeys = Some(list);
                }
                key.fingerprints = fingerprints;
            }
            Ok(OpOutput::Enroll(progress)) => {
                let action = self.fingerprints.on_sample(&progress);
                let task = self.act(action);
                if self.fingerprints.offers_name() {
                    // Added: the name field takes the focus.
                    return task.chain(iced::widget::operation::focus(
                        screen::fingerprints::NEW_NAME_ID,
                    ));
                }
                return task;
            }
            Ok(OpOutput::LargeBlobs(store)) => {
                if matches!(op, Op::ClearLargeBlobs(_)) {
                    self.notice = Some((true, t!("key-settings-blobs-cleared")));
                }
                self.passkeys.blobs_read(&store, key.passkeys.as_ref());
                key.large_blobs = Some(store);
            }
            Ok(OpOutput::Genuine(report)) => key.genuine = Some(report),
            Ok(OpOutput::Done) => return self.after(op),
            Err(KeyError::PinRequired) => {
                self.unlock = Some((secret::SecretText::default(), Some(op)));
                return iced::widget::operation::focus(PIN_PROMPT_ID);
            }
            Err(e) => return self.failed(op, e),
        }
        Task::none()
    }

    /// What follows a successful op that returns nothing.
    pub(super) fn after(&mut self, op: Op) -> Task<Message> {
        let key = self.key.as_mut().expect("checked by caller");
        match op {
            Op::Unlock(_) | Op::UnlockWithFingerprint => {
                let pending = self.unlock.take().and_then(|(_, op)| op);
                // The refresh and the operation that asked for the PIN run
                // together, each with its own place in `running`.
                let refresh = self.run(Op::Info);
                return match pending {
                    Some(op) => Task::batch([refresh, self.start(op)]),
                    None => refresh,
                };
            }
            Op::SetPin(_) | Op::ChangePin(..) => {
                self.pin.clear();
                self.notice = Some((true, t!("app-pin-saved")));
                return self.run(Op::Info);
            }
            Op::DeletePasskey(_) | Op::UpdateUser { .. } => {
                key.passkeys = None;
                self.notice = Some((
                    true,
                    match op {
                        Op::DeletePasskey(_) => t!("app-passkey-deleted"),
                        _ => t!("common-saved"),
                    },
                ));
                return self.run(Op::ListPasskeys);
            }
            Op::RenameFingerprint(..) | Op::RemoveFingerprint(_) => {
                if matches!(op, Op::RemoveFingerprint(_)) {
                    self.notice = Some((true, t!("app-fingerprint-removed")));
                }
                return self.run(Op::ListFingerprints);
            }
            Op::EnableEnterpriseAttestation => {
                self.notice = Some((true, t!("key-settings-ep-done")));
                return self.run(Op::Info);
            }
            Op::SetAlwaysUv(_) | Op::SetMinPinLength(_) | Op::ForcePinChange => {
                self.notice = Some((true, t!("app-setting-saved")));
                return self.run(Op::Info);
            }
            Op::Reset => {
                self.reset.stage = screen::reset::Stage::Done;
                key.passkeys = None;
                key.fingerprints = None;
                return self.run(Op::Info);
            }
            Op::Identify => self.notice = Some((true, t!("app-identified"))),
            Op::EnrollCancel => self.fingerprints.stop(),
            _ => {}
        }
        Task::none()
    }

    pub(super) fn failed(&mut self, op: Op, e: KeyError) -> Task<Message> {
        match op {
            Op::EnrollBegin | Op::EnrollNext(_) => {
                self.fingerprints.stop();
                if matches!(e, KeyError::Cancelled) {
                    // The user's own Cancel: say that it took effect.
                    self.notice = Some((true, t!("fingerprints-cancelled")));
                    return Task::none();
                }
            }
            Op::Reset => {
                self.reset.stage = screen::reset::Stage::Failed(match e {
                    KeyError::ResetWindowPassed => t!("app-reset-window-passed"),
                    KeyError::ResetDeclined => KeyError::ResetDeclined.user_text(),
                    KeyError::UserActionTimeout => t!("app-reset-not-touched"),
                    KeyError::Cancelled => t!("app-reset-cancelled"),
                    other => t!("app-reset-failed", error = other.user_text()),
                });
                return Task::none();
            }
            Op::Unlock(current) if matches!(e, KeyError::PinChangeRequired) => {
                // The PIN was right but the key wants a new one first: go
                // straight to the change form, with the PIN just typed kept
                // so that only the new PIN is asked for.
                self.unlock = None;
                let _ = self.go(Screen::Pin);
                self.pin.forced_change(current);
                self.notice = Some((false, e.user_text()));
                return self.run(Op::Info);
            }
            Op::Unlock(_) | Op::UnlockWithFingerprint => {
                // Keep the dialog open so the user sees the attempts left
                // (a fingerprint refused: the PIN field is still there).
                if let Some((pin, _)) = &mut self.unlock {
                    pin.clear();
                }
                if !matches!(e, KeyError::Cancelled) {
                    self.notice = Some((false, e.user_text()));
                }
                // The PIN field keeps the focus for another try.
                return Task::batch([
                    self.run(Op::Info),
                    iced::widget::operation::focus(PIN_PROMPT_ID),
                ]);
            }
            Op::SetPin(_) | Op::ChangePin(..) if matches!(e, KeyError::PinPolicyViolation) => {
                // A key with a complexity policy: name it with the refusal.
                let policy = self
                    .key
                    .as_ref()
                    .and_then(|k| k.info.as_ref())
                    .and_then(screen::pin::policy_text);
                self.notice = Some((
                    false,
                    match policy {
                        Some(policy) => format!("{} {policy}", e.user_text()),
                        None => e.user_text(),
                    },
                ));
                return Task::none();
            }
            Op::ChangePin(..) if matches!(e, KeyError::PinInvalid { .. }) => {
                // Said under the current-PIN field, which is cleared and
                // focused; the new PIN, typed twice, stays.
                self.pin.wrong_current(e.user_text());
                return Task::batch([
                    self.run(Op::Info),
                    iced::widget::operation::focus(screen::pin::CURRENT_ID),
                ]);
            }
            _ => {}
        }
        let refresh = matches!(
            e,
            KeyError::PinInvalid { .. } | KeyError::PinAuthBlocked | KeyError::PinBlocked
        );
        self.fail(e);
        if refresh {
            return self.run(Op::Info);
        }
        Task::none()
    }

    pub(super) fn fail(&mut self, e: KeyError) {
        if !matches!(e, KeyError::Cancelled) {
            self.notice = Some((false, e.user_text()));
        }
    }
}
