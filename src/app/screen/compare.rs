//! "Compare with another key" on the Passkeys screen: the accounts of the
//! first key are remembered (sites, user names and user ids only: never a
//! credential id or a secret), the user opens the other key, and the screen
//! shows what is on one key and not the other. The comparison itself is
//! `inventory::compare` (the CLI's `passkeys compare` uses it too): two
//! passkeys are the same account when rp id and user id match.

use crate::app::widget::button;
use iced::widget::{column, container, row, scrollable, text, Column};
use iced::{Element, Length};

use crate::app::theme;
use crate::app::OpenKey;
use crate::device::model::PasskeyList;
use crate::inventory::{self, Account, Comparison};

/// What tells two keys apart, as far as the app can know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyIdentity {
    /// The device id (USB path, NFC reader, virtual key); a USB path can be
    /// given to the next key plugged into the same port.
    pub device_id: String,
    /// The model's name (or the device's label before getInfo was read).
    pub name: String,
    /// CTAP 2.2 §6.4 encIdentifier, decrypted with the persistent token:
    /// the same for this key across replugs, different for every other key.
    pub key_identifier: Option<String>,
}

impl KeyIdentity {
    pub fn of(key: &OpenKey) -> KeyIdentity {
        KeyIdentity {
            device_id: key.summary.id.clone(),
            name: key
                .info
                .as_ref()
                .map_or_else(|| key.summary.label.clone(), |i| i.name.clone()),
            key_identifier: key
                .info
                .as_ref()
                .and_then(|i| i.ctap22.key_identifier.clone()),
        }
    }
}

/// The first key's accounts, kept in memory while the user opens the other.
pub struct Remembered {
    key: KeyIdentity,
    accounts: Vec<Account>,
    /// A key was opened since (the same one or another).
    reopened: bool,
}

/// What the comparison panel says now.
#[derive(Debug, PartialEq, Eq)]
pub enum Panel {
    /// Waiting for the user to open the other key.
    OpenOther,
    /// Another key is open, its passkeys not read yet.
    ShowThisKey,
    /// The key opened is the first key again.
    SameKey,
    Compared(Comparison),
}

impl Remembered {
    pub fn new(key: &OpenKey) -> Option<Remembered> {
        let list = key.passkeys.as_ref()?;
        Some(Remembered {
            key: KeyIdentity::of(key),
            accounts: inventory::accounts(list),
            reopened: false,
        })
    }

    pub fn name(&self) -> &str {
        &self.key.name
    }

    pub fn key_opened(&mut self) {
        self.reopened = true;
    }

    pub fn panel(&self, this: &KeyIdentity, list: Option<&PasskeyList>) -> Panel {
        if !self.reopened {
            return Panel::OpenOther;
        }
        if let (Some(a), Some(b)) = (&self.key.key_identifier, &this.key_identifier) {
            if a == b {
                return Panel::SameKey;
            }
        }
        let Some(list) = list else {
            return Panel::ShowThisKey;
        };
        let comparison = inventory::compare(&self.accounts, &inventory::accounts(list));
        // Without the key identifier, the same device id alone is not
        // enough (a reused USB node): the accounts must match as well.
        let identified = self.key.key_identifier.is_some() && this.key_identifier.is_some();
        if !identified
            && self.key.device_id == this.device_id
            && self.key.name == this.name
            && comparison.only_on_this_key.is_empty()
            && comparison.only_on_other_key.is_empty()
        {
            return Panel::SameKey;
        }
        Panel::Compared(comparison)
    }

    /// The panel at the top of the Passkeys screen. `end` clears the
    /// remembered list (Cancel, or Done after the comparison).
    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        this: &KeyIdentity,
        list: Option<&PasskeyList>,
        end: M,
    ) -> Element<'a, M> {
        let first = self.key.name.as_str();
        let cancel = |label: String, id: &'static str| {
            container(
                button(text(label))
                    .on_press(end.clone())
                    .style(button::secondary),
            )
            .id(id)
        };
        let body: Element<'a, M> = match self.panel(this, list) {
            Panel::OpenOther => column![
                text(t!("passkeys-compare-remembered", first = first)).size(15),
                text(t!("passkeys-compare-next")).size(15),
                cancel(t!("common-cancel"), "passkeys-compare-cancel"),
            ]
            .spacing(8)
            .into(),
            Panel::ShowThisKey => column![
                text(t!("passkeys-compare-show-this", first = first)).size(15),
                cancel(t!("common-cancel"), "passkeys-compare-cancel"),
            ]
            .spacing(8)
            .into(),
            Panel::SameKey => column![
                text(t!("passkeys-compare-same-key", first = first)).size(15),
                cancel(t!("common-cancel"), "passkeys-compare-cancel"),
            ]
            .spacing(8)
            .into(),
            Panel::Compared(c) => {
                let mut lines = Column::new().spacing(4);
                lines = lines.push(text(t!("passkeys-compare-only-first", first = first)).size(15));
                lines = push_accounts(lines, &c.only_on_this_key);
                lines = lines.push(text(t!("passkeys-compare-only-this")).size(15));
                lines = push_accounts(lines, &c.only_on_other_key);
                column![
                    text(t!("passkeys-compare-title", first = first)).size(18),
                    container(scrollable(lines).spacing(6)).max_height(220),
                    text(t!("passkeys-compare-both", count = c.on_both.len())).size(15),
                    text(t!("passkeys-compare-where")).size(13),
                    cancel(t!("passkeys-compare-done"), "passkeys-compare-done"),
                ]
                .spacing(8)
                .into()
            }
        };
        container(body)
            .padding(14)
            .width(Length::Fill)
            .style(theme::card)
            .id("passkeys-compare")
            .into()
    }
}

fn push_accounts<'a, M: 'a>(mut lines: Column<'a, M>, accounts: &[Account]) -> Column<'a, M> {
    if accounts.is_empty() {
        return lines.push(row![text(t!("passkeys-compare-none")).size(14)].padding([0, 12]));
    }
    for a in accounts {
        lines = lines.push(row![text(inventory::account_line(a)).size(14)].padding([0, 12]));
    }
    lines
}
