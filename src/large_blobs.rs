//! What the key's large-blob store holds, told per passkey: the report of
//! `keyguide blobs list` and of the app's Key settings. Entries are matched
//! to passkeys by opening them with each passkey's largeBlobKey; their
//! contents are never shown.

use serde::Serialize;

use crate::device::large_blobs::LargeBlobStore;
use crate::device::model::PasskeyList;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BlobReport {
    pub used_bytes: usize,
    pub max_bytes: Option<usize>,
    pub free_bytes: Option<usize>,
    pub entries: usize,
    /// Passkeys with at least one entry.
    pub passkeys: Vec<BlobOwner>,
    /// Entries no passkey on this key opens (a deleted passkey's, or one
    /// written without largeBlobKey). `None` when the passkeys were not
    /// read (no PIN given).
    pub unowned_entries: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BlobOwner {
    pub credential_id: String,
    pub rp_id: String,
    pub user_name: Option<String>,
    pub entries: usize,
}

impl BlobReport {
    pub fn new(store: &LargeBlobStore, passkeys: Option<&PasskeyList>) -> BlobReport {
        let mut owners = Vec::new();
        let mut owned = 0;
        for passkey in passkeys
            .iter()
            .flat_map(|l| &l.sites)
            .flat_map(|s| &s.passkeys)
        {
            let Some(key) = &passkey.large_blob_key else {
                continue;
            };
            let entries = store.entries_of(&key.0);
            if entries > 0 {
                owned += entries;
                owners.push(BlobOwner {
                    credential_id: passkey.credential_id.clone(),
                    rp_id: passkey.rp_id.clone(),
                    user_name: passkey.user_name.clone(),
                    entries,
                });
            }
        }
        BlobReport {
            used_bytes: store.used_bytes,
            max_bytes: store.max_bytes,
            free_bytes: store.free_bytes(),
            entries: store.entries.len(),
            passkeys: owners,
            unowned_entries: passkeys.map(|_| store.entries.len().saturating_sub(owned)),
        }
    }

    /// The report in the user's words, a line each.
    pub fn describe(&self) -> Vec<String> {
        let mut lines = vec![match self.max_bytes {
            Some(max) => t!(
                "blobs-space",
                used = self.used_bytes,
                max = max,
                free = self.free_bytes.unwrap_or(0)
            ),
            None => t!("blobs-space-unknown-max", used = self.used_bytes),
        }];
        if self.entries == 0 {
            lines.push(t!("blobs-empty"));
            return lines;
        }
        lines.push(t!("blobs-entries", count = self.entries));
        for owner in &self.passkeys {
            lines.push(t!(
                "blobs-owner",
                user = owner
                    .user_name
                    .clone()
                    .unwrap_or_else(|| t!("passkeys-no-user-name")),
                site = owner.rp_id.as_str(),
                count = owner.entries
            ));
        }
        match self.unowned_entries {
            Some(0) => {}
            Some(n) => lines.push(t!("blobs-unowned", count = n)),
            None => lines.push(t!("blobs-owners-need-pin")),
        }
        lines
    }
}
