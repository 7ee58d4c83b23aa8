//! The keys connected now, or what to do when there are none.

use crate::app::widget::button;
use iced::widget::{column, container, row, text};
use iced::{Alignment, Element, Length};

use crate::app::icons;
use crate::app::theme;
use crate::app::tokens::{self, radius, size, space};
use crate::device::model::{DeviceSummary, Transport};
use crate::platform::access::AccessFix;

/// "Plug it in, or hold it on the reader", drawn (assets/illustrations).
const INSERT_KEY_SVG: &[u8] = include_bytes!("../../../assets/illustrations/insert-key.svg");

/// What the screen's buttons send.
pub struct Actions<O, C, M> {
    pub open: O,
    pub copy: C,
    pub restart_as_administrator: M,
    /// The guided setup (its information pages work without a key).
    pub guide: M,
    pub settings: M,
    /// Preparing keys for others (IT staff).
    pub it_batch: M,
    /// Opens the demo key; `None` when it is already open.
    pub demo: Option<M>,
}

pub fn view<'a, M: Clone + 'a>(
    devices: &'a [DeviceSummary],
    problem: Option<&'a str>,
    access_fix: Option<&'a AccessFix>,
    actions: Actions<impl Fn(usize) -> M, impl Fn(String) -> M, M>,
) -> Element<'a, M> {
    let open = actions.open;
    let mut list = column![
        text(t!("keys-title")).size(size::TITLE),
        text(t!("keys-subtitle"))
            .size(size::BODY)
            .style(theme::muted),
    ]
    .spacing(space::S);
    if let (true, Some(fix)) = (devices.is_empty(), access_fix) {
        list = list.push(access_card(
            fix,
            problem,
            actions.copy,
            actions.restart_as_administrator,
        ));
    } else if devices.is_empty() {
        let hint = column![
            iced::widget::svg(iced::widget::svg::Handle::from_memory(INSERT_KEY_SVG))
                .width(240)
                .height(120),
            text(t!("keys-empty-title")).size(size::HEADING),
            text(t!("keys-empty-detail")).size(size::BODY),
        ]
        .spacing(space::XS + 2.0);
        list = list.push(
            container(hint)
                .padding(space::XL)
                .width(Length::Fill)
                .style(theme::card),
        );
    }
    if devices.is_empty() {
        // Without a key: what can be done meanwhile.
        let mut more = row![
            container(
                button(text(t!("keys-open-guide")))
                    .on_press(actions.guide)
                    .style(button::secondary)
            )
            .id("keys-guide"),
            container(
                button(text(t!("keys-open-settings")))
                    .on_press(actions.settings)
                    .style(button::secondary)
            )
            .id("keys-settings"),
            container(
                button(text(t!("provision-app-open")))
                    .on_press(actions.it_batch)
                    .style(button::secondary)
            )
            .id("keys-it-batch"),
        ]
        .spacing(space::S + 2.0);
        if let Some(demo) = actions.demo {
            more = more.push(
                container(
                    button(text(t!("keys-try-demo")))
                        .on_press(demo)
                        .style(button::secondary),
                )
                .id("keys-demo"),
            );
        }
        list = list.push(
            column![text(t!("keys-meanwhile")).size(size::BODY), more.wrap()].spacing(space::S),
        );
    }
    for (i, d) in devices.iter().enumerate() {
        let how = match d.transport {
            Transport::Usb => "USB".to_owned(),
            Transport::Nfc => t!(
                "keys-nfc-on",
                reader = d.reader.clone().unwrap_or_else(|| t!("keys-a-reader"))
            ),
            Transport::Virtual => t!("keys-virtual"),
        };
        let transport_icon = match d.transport {
            Transport::Usb => icons::Name::Usb,
            Transport::Nfc => icons::Name::Nfc,
            Transport::Virtual => icons::Name::Virtual,
        };
        let entry = row![
            container(icons::icon(icons::Name::Passkey, size::ICON_LARGE)).style(
                |t: &iced::Theme| container::Style {
                    text_color: Some(tokens::colors(t).accent),
                    ..container::Style::default()
                }
            ),
            column![
                text(&d.label).size(size::HEADING),
                row![
                    icons::icon(transport_icon, size::ICON),
                    text(how).size(size::SMALL)
                ]
                .spacing(space::XS + 2.0)
                .align_y(Alignment::Center),
            ]
            .spacing(space::XS)
            .width(Length::Fill),
            text(t!("keys-open")).size(size::BODY),
        ]
        .spacing(space::M)
        .align_y(Alignment::Center);
        list = list.push(
            container(
                button(entry)
                    .on_press(open(i))
                    .padding(space::L)
                    .width(Length::Fill)
                    .style(|t: &iced::Theme, status| {
                        let c = tokens::colors(t);
                        let bg = match status {
                            button::Status::Hovered | button::Status::Pressed => c.accent_weak,
                            _ => c.surface,
                        };
                        button::Style {
                            background: Some(bg.into()),
                            text_color: c.text,
                            border: iced::Border {
                                radius: radius::L.into(),
                                width: 1.0,
                                color: c.border,
                            },
                            ..button::Style::default()
                        }
                    }),
            )
            .id(format!("keys-open-{i}")),
        );
    }
    if let (Some(p), None) = (problem, access_fix) {
        list = list.push(
            container(text(p).size(size::SMALL))
                .padding(space::M)
                .style(theme::danger),
        );
    }
    container(list.spacing(space::L).max_width(720))
        .padding(space::XXL)
        .center_x(Length::Fill)
        .into()
}

/// A key is there but the system refuses it: say so, and give the fix.
fn access_card<'a, M: Clone + 'a>(
    fix: &'a AccessFix,
    problem: Option<&'a str>,
    copy: impl Fn(String) -> M,
    restart_as_administrator: M,
) -> Element<'a, M> {
    let mut card = column![
        text(t!("keys-access-title")).size(size::HEADING),
        text(&fix.before).size(size::BODY),
    ]
    .spacing(space::S + 2.0);
    if let Some(commands) = &fix.commands {
        card = card.push(
            container(text(commands).size(size::SMALL).font(iced::Font::MONOSPACE))
                .padding(10)
                .width(Length::Fill)
                .style(theme::card),
        );
        card = card.push(
            container(
                button(text(t!("keys-copy-commands")))
                    .on_press(copy(commands.clone()))
                    .padding([6, 14]),
            )
            .id("keys-copy-fix"),
        );
    }
    card = card.push(text(&fix.after).size(size::BODY));
    if let Some(reason) = fix.restart_as_administrator {
        card = card.push(
            row![
                button(text(t!("keys-restart-as-administrator")))
                    .on_press(restart_as_administrator)
                    .padding([6, 14]),
                text(reason).size(size::SMALL),
            ]
            .spacing(space::M)
            .align_y(Alignment::Center),
        );
    }
    if let Some(detail) = problem {
        card = card.push(text(detail).size(size::CAPTION));
    }
    container(card)
        .padding(space::XL)
        .width(Length::Fill)
        .style(theme::card)
        .into()
}
