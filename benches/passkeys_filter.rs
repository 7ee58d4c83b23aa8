//! `cargo bench --bench passkeys_filter`: the Passkeys screen with 300
//! passkeys over 60 sites, typed into the filter one key at a time. Each
//! keystroke is measured as the app pays for it: filter, build the view,
//! lay it out in a 1024x720 window and draw one frame (tiny-skia, as the
//! app renders). Prints the median and worst time per keystroke; one
//! frame at 60 Hz is 16.7 ms.

use std::time::{Duration, Instant};

use iced::advanced::clipboard;
use iced::advanced::renderer::{self, Headless};
use iced::{mouse, window, Event, Font, Pixels, Size};
use iced_test::runtime::user_interface::{Cache, UserInterface};

use keyguide::app::screen::passkeys::{Message, State};
use keyguide::device::model::{Passkey, PasskeyList, PasskeySlots, Site};

const PASSKEYS: usize = 300;
const SITES: usize = 60;
const SIZE: Size = Size::new(1024.0, 720.0);
/// `cargo bench` passes `--bench`; under `cargo test` one round checks
/// that the benchmark still runs, without measuring a debug build.
fn rounds() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        5
    } else {
        1
    }
}

fn list() -> PasskeyList {
    let sites = (0..SITES)
        .map(|s| Site {
            rp_id: format!("site{s}.example.com"),
            name: None,
            passkeys: (0..PASSKEYS / SITES)
                .map(|i| {
                    let n = s * (PASSKEYS / SITES) + i;
                    Passkey {
                        credential_id: format!("cred{n:04}"),
                        rp_id: format!("site{s}.example.com"),
                        user_id: format!("uid{n}"),
                        user_name: Some(format!("user{n}@example.com")),
                        display_name: Some(format!("User Number {n}")),
                        cred_protect: None,
                        large_blob_key: None,
                        third_party_payment: None,
                    }
                })
                .collect(),
        })
        .collect();
    PasskeyList {
        slots: PasskeySlots {
            used: PASSKEYS as u32,
            remaining: 0,
        },
        sites,
    }
}

/// What the running app keeps between frames: one renderer (with its font
/// system and glyph caches) and the widget tree's cache, so a text that did
/// not change is not shaped again.
struct Window {
    renderer: iced::Renderer,
    cache: Option<Cache>,
    scale_factor: f32,
}

impl Window {
    fn new(scale_factor: f32) -> Window {
        let renderer = futures::executor::block_on(<iced::Renderer as Headless>::new(
            Font::with_name("Fira Sans"),
            Pixels(16.0),
            None,
        ))
        .expect("a headless renderer");
        Window {
            renderer,
            cache: Some(Cache::new()),
            scale_factor,
        }
    }

    /// One keystroke: the new filter, then view, layout and one drawn
    /// frame (rasterized by tiny-skia at the window's scale factor).
    fn keystroke(&mut self, state: &mut State, list: &PasskeyList, filter: &str) -> Duration {
        let start = Instant::now();
        let _ = state.update(Message::Filter(filter.to_owned()));
        let view = state.view(Some(list), true, |m| m);
        let mut ui = UserInterface::build(
            view,
            SIZE,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        let mut messages = Vec::new();
        let _ = ui.update(
            &[Event::Window(
                window::Event::RedrawRequested(Instant::now()),
            )],
            mouse::Cursor::Unavailable,
            &mut self.renderer,
            &mut clipboard::Null,
            &mut messages,
        );
        let theme = iced::Theme::Light;
        ui.draw(
            &mut self.renderer,
            &theme,
            &renderer::Style {
                text_color: theme.palette().text,
            },
            mouse::Cursor::Unavailable,
        );
        self.cache = Some(ui.into_cache());
        let pixels = self.renderer.screenshot(
            Size::new(
                (SIZE.width * self.scale_factor) as u32,
                (SIZE.height * self.scale_factor) as u32,
            ),
            self.scale_factor,
            theme.palette().background,
        );
        assert!(!pixels.is_empty(), "a frame was drawn");
        start.elapsed()
    }
}

fn main() {
    let list = list();
    // Typing "user12" then clearing it, and a site name: the filter goes
    // from everything shown to a handful and back.
    let typed = [
        "u", "us", "use", "user", "user1", "user12", "user1", "", "s", "si", "site4", "site42", "",
    ];
    println!(
        "passkeys filter: {PASSKEYS} passkeys over {SITES} sites, {} keystrokes x {} rounds, \
         window {}x{}",
        typed.len(),
        rounds(),
        SIZE.width,
        SIZE.height
    );
    // 1.0: a standard display; 2.0: a HiDPI one (four times the pixels).
    for scale_factor in [1.0, 2.0] {
        let mut window = Window::new(scale_factor);
        let mut times = Vec::new();
        for _ in 0..rounds() {
            let mut state = State::default();
            // The screen opening with everything shown is not a keystroke.
            let _ = window.keystroke(&mut state, &list, "");
            for filter in typed {
                times.push(window.keystroke(&mut state, &list, filter));
            }
        }
        times.sort();
        let median = times[times.len() / 2];
        let worst = *times.last().unwrap();
        println!(
            "  scale {scale_factor}: per keystroke (filter + view + layout + one drawn frame): \
             median {:.2} ms, worst {:.2} ms (one frame at 60 Hz: 16.7 ms)",
            ms(median),
            ms(worst)
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
