//! Cancelling an operation that waits for the user (touch, fingerprint).
//!
//! The library's `Token::cancel` needs `&mut self`, which the pending
//! `transmit_raw` already holds, so a transport of ours shares this signal
//! instead and polls it while it waits for the key (CTAP 2.1 §11.2.9.1.5
//! CTAPHID_CANCEL; the virtual key answers CTAP2_ERR_KEEPALIVE_CANCEL).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tokio::sync::Notify;

/// A cloneable "please stop" flag with a wake-up for async waiters.
#[derive(Clone, Debug, Default)]
pub struct CancelSignal {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    requested: AtomicBool,
    notify: Notify,
}

impl CancelSignal {
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks the current operation to stop. Safe from any thread; never blocks.
    pub fn cancel(&self) {
        self.inner.requested.store(true, Ordering::SeqCst);
        self.inner.notify.notify_waiters();
    }

    pub fn is_cancelled(&self) -> bool {
        self.inner.requested.load(Ordering::SeqCst)
    }

    /// Clears the flag before the next operation starts.
    pub fn reset(&self) {
        self.inner.requested.store(false, Ordering::SeqCst);
    }

    /// Resolves once [`cancel`](Self::cancel) has been called.
    pub async fn cancelled(&self) {
        loop {
            let notified = self.inner.notify.notified();
            if self.is_cancelled() {
                return;
            }
            notified.await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn waiter_wakes_on_cancel_from_another_task() {
        let signal = CancelSignal::new();
        let waiter = tokio::spawn({
            let signal = signal.clone();
            async move { signal.cancelled().await }
        });
        signal.cancel();
        waiter.await.unwrap();
        assert!(signal.is_cancelled());
        signal.reset();
        assert!(!signal.is_cancelled());
    }
}
