//! Passkeys grouped by site, with a filter, delete (confirmed) and editing
//! of the user names where the key supports it. Each row ends in one
//! "More actions" button that opens Edit and Delete for that row only: a
//! red Delete on every row invited slips and drowned the names. The open
//! menu also shows the passkey's details (its credProtect level). "Compare
//! with another key" (compare.rs) keeps its list here: this state is not
//! reset when another key is opened.

use crate::app::widget::button;
use iced::widget::{column, container, row, scrollable, text, text_input, Column};
use iced::{Alignment, Element, Length};

use super::compare::{KeyIdentity, Remembered};
use super::Action;
use crate::app::ops::Op;
use crate::app::theme;
use crate::app::OpenKey;
use crate::device::model::{Passkey, PasskeyList};

pub const FILTER_ID: &str = "passkeys-filter";

pub struct State {
    filter: String,
    editing: Option<Editing>,
    /// The row whose action menu is open (credential id).
    menu: Option<String>,
    /// How many matching passkeys are drawn. Laying out every card of a
    /// full key on each keystroke would cost more than a frame; the rest
    /// is one click ("Show more") or a few more letters away.
    limit: usize,
    /// The first key's accounts while comparing with another key.
    compare: Option<Remembered>,
    /// Passkeys (credential ids) whose site keeps data in the key's
    /// large-blob store: their entry opens with the passkey's largeBlobKey.
    blob_owners: std::collections::BTreeSet<String>,
}

/// Passkeys drawn at first, and added per "Show more".
pub const PAGE: usize = 20;

impl State {
    /// The large-blob store was read: remember which passkeys own data.
    pub fn blobs_read(
        &mut self,
        store: &crate::device::large_blobs::LargeBlobStore,
        list: Option<&PasskeyList>,
    ) {
        self.blob_owners = crate::large_blobs::BlobReport::new(store, list)
            .passkeys
            .into_iter()
            .map(|owner| owner.credential_id)
            .collect();
    }
}

impl Default for State {
    fn default() -> State {
        State {
            filter: String::new(),
            editing: None,
            menu: None,
            blob_owners: Default::default(),
            limit: PAGE,
            compare: None,
        }
    }
}

struct Editing {
    id: String,
    name: String,
    display_name: String,
}

#[derive(Clone, Debug)]
pub enum Message {
    Filter(String),
    Delete(Passkey),
    Edit(Passkey),
    EditName(String),
    EditDisplayName(String),
    SaveEdit,
    CancelEdit,
    Refresh,
    ShowMore,
    /// Opens this row's menu (closing any other), or closes it.
    ToggleMenu(String),
    /// "Compare with another key…": remembers this key's accounts.
    CompareStart,
    /// Cancel or Done: forgets them.
    CompareEnd,
}

impl State {
    /// A key was opened (the Keys screen, a replug): a comparison in
    /// progress now looks at this key.
    pub fn key_opened(&mut self) {
        if let Some(r) = &mut self.compare {
            r.key_opened();
        }
    }

    /// `update`, with the open key: "Compare with another key…" remembers
    /// its accounts.
    pub fn update_on(&mut self, message: Message, key: Option<&OpenKey>) -> Action {
        if let Message::CompareStart = message {
            self.compare = key.and_then(Remembered::new);
            return Action::None;
        }
        self.update(message)
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            // Needs the open key: `update_on`.
            Message::CompareStart => {}
            Message::CompareEnd => self.compare = None,
            Message::Filter(f) => {
                self.filter = f;
                self.limit = PAGE;
            }
            Message::ShowMore => self.limit += PAGE,
            Message::ToggleMenu(id) => {
                self.menu = (self.menu.as_ref() != Some(&id)).then_some(id);
            }
            Message::Delete(p) => {
                self.menu = None;
                let who = p
                    .user_name
                    .clone()
                    .or(p.display_name.clone())
                    .unwrap_or_default();
                return Action::Confirm {
                    question: t!("passkeys-delete-question", user = who, site = &p.rp_id),
                    detail: t!("passkeys-delete-detail"),
                    confirm_label: t!("passkeys-delete-confirm"),
                    op: Op::DeletePasskey(p.credential_id),
                };
            }
            Message::Edit(p) => {
                self.menu = None;
                self.editing = Some(Editing {
                    id: p.credential_id,
                    name: p.user_name.unwrap_or_default(),
                    display_name: p.display_name.unwrap_or_default(),
                })
            }
            Message::EditName(s) => {
                if let Some(e) = &mut self.editing {
                    e.name = s;
                }
            }
            Message::EditDisplayName(s) => {
                if let Some(e) = &mut self.editing {
                    e.display_name = s;
                }
            }
            Message::SaveEdit => {
                if let Some(e) = self.editing.take() {
                    return Action::Run(Op::UpdateUser {
                        id: e.id,
                        name: e.name,
                        display_name: e.display_name,
                    });
                }
            }
            Message::CancelEdit => self.editing = None,
            Message::Refresh => return Action::Run(Op::ListPasskeys),
        }
        Action::None
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        list: Option<&'a PasskeyList>,
        can_edit: bool,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        self.view_on(None, list, can_edit, wrap)
    }

    /// `view`, with the open key's identity for a comparison in progress.
    pub fn view_on<'a, M: Clone + 'a>(
        &'a self,
        this_key: Option<KeyIdentity>,
        list: Option<&'a PasskeyList>,
        can_edit: bool,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let mut page = Column::new().spacing(14);
        page = page.push(text(t!("passkeys-title")).size(26));
        if let (Some(r), Some(this_key)) = (&self.compare, &this_key) {
            page = page.push(r.view(this_key, list, wrap(Message::CompareEnd)));
        }
        let Some(list) = list else {
            return page
                .push(text(t!("passkeys-unlock-to-see")).size(15))
                .push(
                    container(
                        button(text(t!("passkeys-show")))
                            .on_press(wrap(Message::Refresh))
                            .style(button::primary),
                    )
                    .id("passkeys-show"),
                )
                .into();
        };
        let slots = text(t!(
            "passkeys-slots",
            used = list.slots.used,
            remaining = list.slots.remaining
        ))
        .size(15)
        .width(Length::Fill);
        page = page.push(if self.compare.is_none() {
            row![
                slots,
                container(
                    button(text(t!("passkeys-compare-start")))
                        .on_press(wrap(Message::CompareStart))
                        .style(button::secondary),
                )
                .id("passkeys-compare-start"),
            ]
            .spacing(12)
            .align_y(Alignment::Center)
        } else {
            row![slots]
        });
        if crate::app::ops::listed_without_pin() {
            page = page.push(
                container(text(t!("capabilities-passkeys-remembered")).size(13))
                    .id("passkeys-remembered"),
            );
        }
        if list.sites.is_empty() {
            return page
                .push(
                    container(text(t!("passkeys-empty")))
                        .padding(16)
                        .style(theme::card),
                )
                .into();
        }
        page = page.push(
            text_input(&t!("passkeys-search"), &self.filter)
                .id(FILTER_ID)
                .on_input(move |s| wrap(Message::Filter(s)))
                .padding(10),
        );
        let needle = self.filter.trim().to_lowercase();
        let mut sites = Column::new().spacing(12);
        let mut shown = 0usize;
        let mut hidden = 0usize;
        for site in &list.sites {
            let site_matches = site.rp_id.to_lowercase().contains(&needle);
            let matching: Vec<&Passkey> = site
                .passkeys
                .iter()
                .filter(|p| {
                    needle.is_empty()
                        || site_matches
                        || p.user_name
                            .as_deref()
                            .unwrap_or("")
                            .to_lowercase()
                            .contains(&needle)
                        || p.display_name
                            .as_deref()
                            .unwrap_or("")
                            .to_lowercase()
                            .contains(&needle)
                })
                .collect();
            if matching.is_empty() {
                continue;
            }
            let room = self.limit.saturating_sub(shown);
            hidden += matching.len().saturating_sub(room);
            if room == 0 {
                continue;
            }
            let matching = &matching[..matching.len().min(room)];
            shown += matching.len();
            let mut group = Column::new().spacing(8).push(text(&site.rp_id).size(18));
            for &p in matching {
                group = group.push(self.entry(p, can_edit, wrap));
            }
            sites = sites.push(
                container(group)
                    .padding(14)
                    .width(Length::Fill)
                    .style(theme::card),
            );
        }
        if hidden > 0 {
            sites = sites.push(
                row![
                    text(t!("passkeys-hidden", hidden = hidden))
                        .size(14)
                        .width(Length::Fill),
                    container(
                        button(text(t!("passkeys-show-more", count = hidden.min(PAGE))))
                            .on_press(wrap(Message::ShowMore))
                            .style(button::secondary),
                    )
                    .id("passkeys-show-more"),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
            );
        }
        if shown == 0 {
            sites = sites.push(text(t!("passkeys-no-match", filter = self.filter.trim())));
        }
        // An embedded scrollbar takes its own room and never covers a card.
        page.push(
            scrollable(sites)
                .spacing(8)
                .height(Length::Fill)
                .id("passkeys-list"),
        )
        .into()
    }

    fn entry<'a, M: Clone + 'a>(
        &'a self,
        p: &'a Passkey,
        can_edit: bool,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        if let Some(e) = self.editing.as_ref().filter(|e| e.id == p.credential_id) {
            return column![
                text_input(&t!("passkeys-user-name"), &e.name)
                    .on_input(move |s| wrap(Message::EditName(s)))
                    .padding(8),
                text_input(&t!("passkeys-display-name"), &e.display_name)
                    .on_input(move |s| wrap(Message::EditDisplayName(s)))
                    .on_submit(wrap(Message::SaveEdit))
                    .padding(8),
                row![
                    button(text(t!("common-save")))
                        .on_press(wrap(Message::SaveEdit))
                        .style(button::primary),
                    button(text(t!("common-cancel")))
                        .on_press(wrap(Message::CancelEdit))
                        .style(button::secondary),
                ]
                .spacing(8),
            ]
            .spacing(6)
            .into();
        }
        let name = p
            .user_name
            .clone()
            .unwrap_or_else(|| t!("passkeys-no-user-name"));
        let id = &p.credential_id;
        let open = self.menu.as_ref() == Some(id);
        let mut actions = row![].spacing(8).align_y(Alignment::Center);
        if open {
            if can_edit {
                actions = actions.push(
                    container(
                        button(text(t!("passkeys-edit")))
                            .on_press(wrap(Message::Edit(p.clone())))
                            .style(button::secondary),
                    )
                    .id(format!("passkey-edit-{id}")),
                );
            }
            actions = actions.push(
                container(
                    button(text(t!("passkeys-delete")))
                        .on_press(wrap(Message::Delete(p.clone())))
                        .style(button::danger),
                )
                .id(format!("passkey-delete-{id}")),
            );
        }
        // The same button opens and closes the menu; its label says which,
        // and whose (a screen reader's user hears more than "…").
        actions = actions.push(
            container(
                button(text(if open {
                    t!("passkeys-menu-close")
                } else {
                    t!("passkeys-menu-open")
                }))
                .on_press(wrap(Message::ToggleMenu(id.clone())))
                .style(button::text),
            )
            .id(format!("passkey-menu-{id}")),
        );
        let line = row![
            column![
                text(name).size(15),
                text(p.display_name.as_deref().unwrap_or("")).size(13),
            ]
            .spacing(2)
            .width(Length::Fill),
            actions,
        ]
        .align_y(Alignment::Center);
        if !open {
            return line.into();
        }
        // The open menu shows the details too. The largeBlobKey is a
        // secret of the site's and is never shown.
        let mut details = Column::new().spacing(2);
        if let Some(level) = p.cred_protect.and_then(protection) {
            details = details.push(text(level).size(13));
        }
        if self.blob_owners.contains(&p.credential_id) {
            details = details.push(text(t!("passkeys-has-blob")).size(13));
        }
        if p.third_party_payment == Some(true) {
            details = details.push(text(t!("passkeys-third-party-payment")).size(13));
        }
        column![line, container(details).id(format!("passkey-details-{id}"))]
            .spacing(6)
            .into()
    }
}

/// The credProtect level in the user's words (CTAP 2.1 §12.1):
/// 1 userVerificationOptional, 2 userVerificationOptionalWithCredentialIDList,
/// 3 userVerificationRequired. `None` for a value the spec does not define.
pub fn protection(level: u8) -> Option<String> {
    match level {
        1 => Some(t!("passkeys-protect-1")),
        2 => Some(t!("passkeys-protect-2")),
        3 => Some(t!("passkeys-protect-3")),
        _ => None,
    }
}
