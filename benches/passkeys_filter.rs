//! `cargo bench --bench passkeys_filter`: the Passkeys screen with 300
//! passkeys over 60 sites, typed into the filter one key at a time. Each
//! keystroke is measured as the app pays for it: filter, build the view,
//! lay it out in a 1024x720 window and draw one frame (tiny-skia, as the
//! app renders). Prints the median and worst time per keystroke; one
//! frame at 60 Hz is 16.7 ms.

use std::time::{Duration, Instant};

use iced::Size;
use iced_test::core::Settings;
use iced_test::simulator::Simulator;

use keyguide::app::screen::passkeys::{Message, State};
use keyguide::device::model::{Passkey, PasskeyList, PasskeySlots, Site};

const PASSKEYS: usize = 300;
const SITES: usize = 60;
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

/// One keystroke: the new filter, then view, layout and one drawn frame.
fn keystroke(state: &mut State, list: &PasskeyList, filter: &str) -> Duration {
    let start = Instant::now();
    let _ = state.update(Message::Filter(filter.to_owned()));
    let view = state.view(Some(list), true, |m| m);
    let mut ui = Simulator::with_size(Settings::default(), Size::new(1024.0, 720.0), view);
    let _ = ui.snapshot(&iced::Theme::Light);
    start.elapsed()
}

fn main() {
    let list = list();
    // Typing "user12" then clearing it, and a site name: the filter goes
    // from everything shown to a handful and back.
    let typed = [
        "", "u", "us", "use", "user", "user1", "user12", "user1", "", "s", "si", "site4", "site42",
    ];
    let mut times = Vec::new();
    for _ in 0..rounds() {
        let mut state = State::default();
        for filter in typed {
            times.push(keystroke(&mut state, &list, filter));
        }
    }
    let all = {
        let mut state = State::default();
        (0..rounds())
            .map(|_| keystroke(&mut state, &list, ""))
            .max()
            .unwrap()
    };
    // What the harness itself costs per frame (a fresh renderer and font
    // system each time, which the running app keeps): the same screen
    // with no passkeys.
    let empty = PasskeyList {
        slots: list.slots,
        sites: Vec::new(),
    };
    let mut overhead: Vec<Duration> = {
        let mut state = State::default();
        (0..rounds() * 4)
            .map(|_| keystroke(&mut state, &empty, ""))
            .collect()
    };
    overhead.sort();
    let overhead = overhead[overhead.len() / 2];
    times.sort();
    let median = times[times.len() / 2];
    let worst = *times.last().unwrap();
    println!(
        "passkeys filter: {PASSKEYS} passkeys over {SITES} sites, {} keystrokes",
        times.len()
    );
    println!(
        "  per keystroke (filter + view + layout + one frame): median {:.2} ms, worst {:.2} ms",
        ms(median),
        ms(worst)
    );
    println!(
        "  all {PASSKEYS} shown (empty filter), worst: {:.2} ms",
        ms(all)
    );
    println!(
        "  of which harness (the same screen with no passkeys), median: {:.2} ms",
        ms(overhead)
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
