//! The root's view: the screen of the moment inside the side menu, and
//! the layers above it (notices, the touch prompt, dialogs).

use super::*;
use iced::widget::{column, row};

impl App {
    pub fn view(&self) -> Element<'_, Message> {
        let content: Element<'_, Message> = match (&self.key, self.screen) {
            (_, Screen::AppSettings) => self.app_settings(),
            (_, Screen::Doctor) => {
                container(scrollable(self.doctor.view(Message::Doctor)).spacing(space::S))
                    .padding(space::XXL)
                    .into()
            }
            (_, Screen::ItBatch) => self
                .it_batch
                .view(self.demo.is_some())
                .map(Message::ItBatch),
            // The guide's information pages work without a key.
            (None, Screen::Guide) => container(column![
                button(text(t!("app-all-keys")).size(size::SMALL))
                    .on_press(Message::Go(Screen::Keys))
                    .style(button::text),
                self.guide.view(None, None, None, false, Message::Guide),
            ])
            .padding(space::XL)
            .into(),
            (None, _) | (_, Screen::Keys) => screen::keys::view(
                &self.devices,
                self.devices_problem.as_deref(),
                self.access_fix.as_ref(),
                screen::keys::Actions {
                    open: Message::Open,
                    copy: Message::CopyText,
                    restart_as_administrator: Message::RestartAsAdministrator,
                    guide: Message::Go(Screen::Guide),
                    settings: Message::Go(Screen::AppSettings),
                    it_batch: Message::Go(Screen::ItBatch),
                    demo: (self.demo.is_none()).then_some(Message::OpenDemo),
                },
            ),
            (Some(key), screen) => {
                let no_pin = key.info.as_ref().and_then(|i| i.pin_set) == Some(false);
                let page: Element<'_, Message> = match screen {
                    Screen::Passkeys | Screen::Fingerprints if no_pin => screen::pin_first(
                        if screen == Screen::Passkeys {
                            t!("passkeys-title")
                        } else {
                            t!("fingerprints-title")
                        },
                        Message::Go(Screen::Pin),
                    ),
                    Screen::Overview => screen::overview::view(
                        &key.summary,
                        key.info.as_ref(),
                        key.icon.as_ref(),
                        self.overview_details,
                        screen::overview::Actions {
                            go: Message::Go,
                            identify: Message::Run(Op::Identify),
                            save_report: Message::SaveReport,
                            first_run: (!self.guide_offered).then_some(Message::GuideLater),
                            toggle_details: Message::ToggleDetails,
                        },
                    ),
                    Screen::Pin => self.pin.view(key.info.as_ref(), Message::Pin, Message::Go),
                    Screen::Passkeys => self.passkeys.view_on(
                        Some(screen::compare::KeyIdentity::of(key)),
                        key.passkeys.as_ref(),
                        key.info.as_ref().is_some_and(|i| i.update_user_information),
                        Message::Passkeys,
                    ),
                    Screen::Fingerprints => self
                        .fingerprints
                        .view(key.fingerprints.as_deref(), Message::Fingerprints),
                    Screen::KeySettings => self.key_settings.view(
                        key.info.as_ref(),
                        screen::key_settings::Known {
                            genuine: key.genuine.as_ref(),
                            blobs: key.large_blobs.as_ref(),
                            passkeys: key.passkeys.as_ref(),
                        },
                        Message::KeySettings,
                    ),
                    Screen::Reset => {
                        let holdings = key.passkeys.as_ref().map(|list| {
                            crate::inventory::Holdings::of(list, key.fingerprints.as_deref())
                        });
                        // Offered until both passkeys and (on a key with a
                        // sensor) fingerprints are counted.
                        let counted = holdings.is_some()
                            && (key.fingerprints.is_some()
                                || !key.info.as_ref().is_some_and(|i| i.bio));
                        let known = screen::reset::Known {
                            holdings,
                            can_unlock: !counted
                                && key.info.as_ref().is_some_and(|i| {
                                    i.pin_set == Some(true) && i.credential_management
                                }),
                            long_touch: key
                                .info
                                .as_ref()
                                .is_some_and(|i| i.ctap22.long_touch_for_reset == Some(true)),
                            transports: key
                                .info
                                .as_ref()
                                .map(|i| i.ctap22.transports_for_reset.clone())
                                .unwrap_or_default(),
                        };
                        self.reset.view(self.demo.is_some(), known, Message::Reset)
                    }
                    Screen::Guide => self.guide.view(
                        key.info.as_ref(),
                        key.passkeys.as_ref(),
                        Some(key.summary.transport),
                        self.is_busy(),
                        Message::Guide,
                    ),
                    Screen::Keys | Screen::AppSettings | Screen::ItBatch | Screen::Doctor => {
                        unreachable!("matched above")
                    }
                };
                // The guide scrolls its own body above a fixed footer.
                let page = if matches!(screen, Screen::Passkeys | Screen::Guide) {
                    page
                } else {
                    // Embedded: the scrollbar takes its own room and never
                    // covers text.
                    scrollable(page)
                        .spacing(space::S)
                        .height(Length::Fill)
                        .into()
                };
                row![
                    self.rail(key),
                    container(page).padding(space::XL + 4.0).width(Length::Fill)
                ]
                .into()
            }
        };
        let mut layers = stack![container(content).height(Length::Fill)];
        // What is running, floating at the bottom right like a notice: it
        // never shortens the page (the side menu's last entries moved up
        // under the pointer while an operation ran). The layer is always
        // there, empty when idle, so that the dialog above keeps its place
        // in the widget tree: the PIN field kept its focus only then.
        let mut lines = Column::new().spacing(space::XS);
        let mut busy_lines = false;
        if let Some(b) = self.busy() {
            let on_nfc = self
                .key
                .as_ref()
                .is_some_and(|k| k.summary.transport == Transport::Nfc);
            if on_nfc {
                lines = lines.push(text(t!("app-keep-on-reader")).size(size::SMALL));
            }
            if !b.needs_touch() {
                lines = lines.push(text(b.label()).size(size::SMALL));
            }
            busy_lines = on_nfc || !b.needs_touch();
        }
        let busy: Element<'_, Message> = if !busy_lines {
            iced::widget::space().into()
        } else {
            container(lines)
                .padding([space::S, space::M])
                .style(theme::card)
                .id("busy")
                .into()
        };
        layers = layers.push(
            container(busy)
                .padding(space::L)
                .width(Length::Fill)
                .height(Length::Fill)
                .align_x(iced::alignment::Horizontal::Right)
                .align_y(iced::alignment::Vertical::Bottom),
        );
        if let Some(b) = self.busy().filter(|op| op.needs_touch()) {
            layers = layers.push(self.touch_prompt(b));
        } else if let Some(c) = &self.confirm {
            layers = layers.push(self.confirm_dialog(c));
        } else if let Some((pin, _)) = &self.unlock {
            layers = layers.push(self.unlock_dialog(pin));
        }
        // Notices float over the bottom right of the window, above any dialog
        // (a wrong PIN shows over the PIN dialog), and never move the page
        // under the pointer.
        if let Some((ok, text_)) = &self.notice {
            layers = layers.push(
                container(self.notice_bar(*ok, text_))
                    .padding(space::L)
                    .width(Length::Fill)
                    .height(Length::Fill)
                    .align_x(iced::alignment::Horizontal::Right)
                    .align_y(iced::alignment::Vertical::Bottom),
            );
        }
        layers.into()
    }

    pub(super) fn rail<'a>(&'a self, key: &'a OpenKey) -> Element<'a, Message> {
        let info = key.info.as_ref();
        let name = info
            .map(|i| i.name.as_str())
            .unwrap_or(key.summary.label.as_str());
        let mut items = Column::new()
            .spacing(space::XS)
            .push(container(text(name).size(size::HEADING)).padding([space::XS, space::M]))
            .push(iced::widget::space().height(space::S));
        for (screen, label) in self.nav_entries() {
            let icon = match screen {
                Screen::Overview => icons::Name::Overview,
                Screen::Pin => icons::Name::Pin,
                Screen::Fingerprints => icons::Name::Fingerprint,
                Screen::Passkeys => icons::Name::Passkey,
                Screen::KeySettings => icons::Name::KeySettings,
                Screen::Reset => icons::Name::Reset,
                _ => icons::Name::Guide,
            };
            items = items.push(
                button(icons::labelled(icon, label, size::BODY))
                    .id(nav_id(screen))
                    .on_press(Message::Go(screen))
                    .width(Length::Fill)
                    .padding([space::S, space::M])
                    .style(theme::nav(self.screen == screen)),
            );
        }
        items = items.push(iced::widget::space().height(Length::Fill));
        items = items
            .push(
                button(icons::labelled(
                    icons::Name::Back,
                    t!("app-all-keys"),
                    size::SMALL,
                ))
                .on_press(Message::CloseKey)
                .width(Length::Fill)
                .padding([space::S, space::M])
                .style(theme::nav(false)),
            )
            .push(
                button(icons::labelled(
                    icons::Name::Settings,
                    t!("app-settings"),
                    size::SMALL,
                ))
                .on_press(Message::Go(Screen::AppSettings))
                .width(Length::Fill)
                .padding([space::S, space::M])
                .style(theme::nav(false)),
            );
        container(items)
            .padding(space::M)
            .width(Length::Fixed(220.0))
            .height(Length::Fill)
            .style(theme::rail)
            .into()
    }

    /// The side menu's pages for the open key, in order.
    pub(super) fn nav_entries(&self) -> Vec<(Screen, String)> {
        let info = self.info();
        let mut entries = vec![
            (Screen::Overview, t!("app-nav-overview")),
            (Screen::Pin, t!("app-nav-pin")),
        ];
        if info.is_none_or(|i| i.bio) {
            entries.push((Screen::Fingerprints, t!("app-nav-fingerprints")));
        }
        if info.is_none_or(|i| i.credential_management) {
            entries.push((Screen::Passkeys, t!("app-nav-passkeys")));
        }
        if info.is_none_or(|i| i.authenticator_config) {
            entries.push((Screen::KeySettings, t!("app-nav-key-settings")));
        }
        entries.push((Screen::Reset, t!("app-nav-reset")));
        entries.push((Screen::Guide, t!("app-nav-guide")));
        entries
    }

    pub(super) fn notice_bar<'a>(&'a self, ok: bool, message: &'a str) -> Element<'a, Message> {
        container(
            row![
                icons::icon(
                    if ok {
                        icons::Name::Ready
                    } else {
                        icons::Name::Problem
                    },
                    size::ICON_LARGE
                ),
                text(message).size(size::BODY).width(Length::Fill),
                button(icons::labelled(
                    icons::Name::Close,
                    t!("common-dismiss"),
                    size::SMALL
                ))
                .on_press(Message::DismissNotice)
                .style(move |t: &iced::Theme, status| {
                    // The notice's own text colour, on its background.
                    let mut style = button::text(t, status);
                    style.text_color = if ok {
                        tokens::colors(t).success_fg
                    } else {
                        tokens::colors(t).danger_fg
                    };
                    style.background = None;
                    style
                }),
            ]
            .spacing(space::M)
            .align_y(Alignment::Center),
        )
        .padding([space::S + 2.0, space::L])
        // Right-aligned and narrower than the page, so it never covers the
        // side menu.
        .max_width(560)
        .style(if ok { theme::success } else { theme::danger })
        .id("notice")
        .into()
    }

    /// The animated "touch your key" dialog with a Cancel that really
    /// cancels the key operation.
    pub(super) fn touch_prompt<'a>(&'a self, op: &'a Op) -> Element<'a, Message> {
        let phase = (self.pulse % 20) as f32 / 19.0;
        let wave = (phase * std::f32::consts::PI).sin();
        let dots = ["●  ○  ○", "○  ●  ○", "○  ○  ●", "○  ●  ○"][(self.pulse / 3 % 4) as usize];
        let mut dialog = Column::new().spacing(space::M).align_x(Alignment::Center);
        // Enrollment has its own progress (samples taken): that bar is the
        // only busy indicator then, not a pulse beside it.
        let mut pulse = true;
        match (op, self.fingerprints.progress()) {
            (Op::EnrollBegin | Op::EnrollNext(_), Some((line, advice, done))) => {
                pulse = false;
                dialog = dialog
                    .push(icons::icon(icons::Name::Fingerprint, 40.0))
                    .push(text(line).size(size::HEADING))
                    .push(
                        container(iced::widget::progress_bar(0.0..=1.0, done).girth(10))
                            .id("enroll-progress"),
                    )
                    .push(text(advice).size(size::BODY));
            }
            (Op::Reset, _) => {
                let left = match self.reset.stage {
                    screen::reset::Stage::Touch { left } => left.as_secs(),
                    _ => 0,
                };
                dialog = dialog
                    .push(text(op.label()).size(size::HEADING))
                    .push(iced::widget::progress_bar(0.0..=10.0, left as f32).girth(10))
                    .push(text(t!("app-reset-seconds-left", seconds = left)).size(size::BODY));
            }
            _ => {
                dialog = dialog.push(text(op.label()).size(size::HEADING));
            }
        }
        if pulse {
            dialog = dialog
                .push(
                    container(iced::widget::progress_bar(0.0..=1.0, wave).girth(4))
                        .id("touch-pulse"),
                )
                .push(text(dots).size(size::HEADING));
        }
        dialog = dialog
            .push(
                text(t!("app-press-escape"))
                    .size(size::SMALL)
                    .style(theme::muted),
            )
            .push(
                container(
                    button(text(t!("common-cancel")))
                        .on_press(Message::Cancel)
                        .style(button::secondary),
                )
                .id("touch-cancel"),
            );
        modal(dialog)
    }

    pub(super) fn confirm_dialog<'a>(&'a self, c: &'a Confirm) -> Element<'a, Message> {
        let dialog = column![
            text(&c.question).size(size::HEADING),
            text(&c.detail).size(size::SMALL),
            row![
                container(
                    button(text(t!("common-cancel")))
                        .on_press(Message::ConfirmNo)
                        .style(button::secondary)
                )
                .id("confirm-no"),
                container(
                    button(text(&c.confirm_label))
                        .on_press(Message::ConfirmYes)
                        .style(button::danger)
                )
                .id("confirm-yes"),
            ]
            .spacing(space::S + 2.0),
        ]
        .spacing(space::M + 2.0);
        modal(dialog)
    }

    pub(super) fn unlock_dialog<'a>(&'a self, pin: &'a secret::SecretText) -> Element<'a, Message> {
        let retries = self
            .info()
            .and_then(|i| i.pin_retries)
            .map(|r| t!("common-pin-retries-before-block", count = r))
            .unwrap_or_default();
        // A key with built-in user verification: the finger first, the PIN
        // as fallback (and the only way once matching is blocked).
        let fingerprint = self
            .info()
            .filter(|i| i.fingerprint_unlock && i.uv_retries != Some(0))
            .map(|i| {
                let mut part = column![
                    text(t!("app-unlock-fingerprint-detail")).size(size::SMALL),
                    container(
                        button(text(t!("app-unlock-fingerprint")))
                            .on_press(Message::UnlockFingerprint)
                            .style(button::primary)
                    )
                    .id("unlock-fingerprint"),
                ]
                .spacing(space::S);
                if let Some(r) = i.uv_retries {
                    part = part.push(
                        text(t!("app-unlock-fingerprint-retries", count = r)).size(size::SMALL),
                    );
                }
                part
            });
        let dialog = column![icons::labelled(
            icons::Name::Unlock,
            t!("app-unlock-title"),
            size::HEADING
        )]
        .push(fingerprint)
        .push(
            column![
                text(t!("app-unlock-detail")).size(size::SMALL),
                text_input(&t!("app-nav-pin"), pin.expose())
                    .id(PIN_PROMPT_ID)
                    .style(theme::input)
                    .secure(true)
                    .on_input(|typed| Message::UnlockInput(typed.into()))
                    .on_submit(Message::UnlockSubmit)
                    .padding(10),
                text(retries).size(size::SMALL),
                row![
                    container(
                        button(text(t!("common-cancel")))
                            .on_press(Message::UnlockDismiss)
                            .style(button::secondary)
                    )
                    .id("unlock-cancel"),
                    container(
                        button(text(t!("app-unlock")))
                            .on_press(Message::UnlockSubmit)
                            .style(button::primary)
                    )
                    .id("unlock-submit"),
                ]
                .spacing(space::S + 2.0),
            ]
            .spacing(space::M),
        )
        .spacing(space::M);
        modal(dialog)
    }

    pub(super) fn app_settings(&self) -> Element<'_, Message> {
        let back = if self.key.is_some() {
            Screen::Overview
        } else {
            Screen::Keys
        };
        container(
            column![
                text(t!("app-settings")).size(size::TITLE),
                row![
                    text(t!("app-theme"))
                        .size(size::BODY)
                        .width(Length::Fixed(140.0)),
                    pick_list(ThemeChoice::ALL, Some(self.theme), Message::Theme),
                ]
                .spacing(space::M)
                .align_y(Alignment::Center),
                row![
                    text(t!("app-language"))
                        .size(size::BODY)
                        .width(Length::Fixed(140.0)),
                    container(pick_list(
                        crate::i18n::LanguageChoice::ALL,
                        Some(self.language),
                        Message::Language
                    ))
                    .id("settings-language"),
                ]
                .spacing(space::M)
                .align_y(Alignment::Center),
                container(
                    button(text(t!("provision-app-open")))
                        .on_press(Message::Go(Screen::ItBatch))
                        .style(button::secondary)
                )
                .id("settings-it-batch"),
                container(
                    button(text(t!("doctor-title")))
                        .on_press(Message::Go(Screen::Doctor))
                        .style(button::secondary)
                )
                .id("settings-doctor"),
                button(text(t!("common-back")))
                    .on_press(Message::Go(back))
                    .style(button::secondary),
            ]
            .spacing(space::L + 2.0)
            .max_width(640),
        )
        .padding(space::XXL)
        .into()
    }
}

pub(super) fn modal<'a>(content: Column<'a, Message>) -> Element<'a, Message> {
    opaque(
        center(
            container(content)
                .padding(space::XL)
                .max_width(460)
                .style(theme::dialog),
        )
        .style(theme::scrim),
    )
}
