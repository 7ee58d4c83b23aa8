//! A headless app that keeps its widget state between frames, as the real
//! runtime does, and runs the widget operations the app's tasks ask for
//! (focus_next on Tab, focus on a field). iced_test's Simulator builds a new
//! widget tree for each interaction and drops those operations, so it cannot
//! show where the keyboard focus is; this harness can.
#![allow(dead_code)]

use futures::StreamExt;
use iced::advanced::renderer::Headless;
use iced::advanced::widget::operation::{Focusable, Outcome};
use iced::advanced::widget::{Id, Operation};
use iced::keyboard::{self, key::Named, Key, Modifiers};
use iced::{mouse, Event, Font, Pixels, Rectangle, Size, Task};
use iced_test::core::Settings;
use iced_test::runtime::user_interface::{Cache, UserInterface};
use iced_test::runtime::{task::into_stream, Action};
use iced_test::selector;
use iced_test::simulator::Simulator;
use std::collections::VecDeque;

use keyguide::app::{demo, App, Message};
use keyguide::virtual_key::{TouchPolicy, VirtualKeyControl};

pub struct Ui {
    pub app: App,
    pub key: Option<VirtualKeyControl>,
    rt: tokio::runtime::Runtime,
    pending: VecDeque<Task<Message>>,
    cache: Option<Cache>,
    renderer: iced::Renderer,
    size: Size,
}

impl Ui {
    /// The app as it starts with no key plugged in (the device poll is not
    /// run: it would look at this machine's devices).
    pub fn without_key() -> Ui {
        let (app, _poll) = App::boot(false);
        Ui::with(app, None, Vec::new())
    }

    /// The demo key, opened, touches answered at once.
    pub fn with_demo_key() -> Ui {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let key = rt.block_on(demo::create()).unwrap();
        Ui::on_key(rt, key)
    }

    /// The app on an existing virtual key (set up beforehand by a test).
    pub fn on_key(rt: tokio::runtime::Runtime, key: VirtualKeyControl) -> Ui {
        key.set_touch(TouchPolicy::Immediate);
        let (app, task) = App::with_demo_key(key.clone());
        let mut ui = Ui::with(app, Some(key), vec![task]);
        ui.rt = rt;
        ui.settle();
        ui
    }

    fn with(app: App, key: Option<VirtualKeyControl>, tasks: Vec<Task<Message>>) -> Ui {
        let renderer = futures::executor::block_on(<iced::Renderer as Headless>::new(
            Font::with_name("Fira Sans"),
            Pixels(16.0),
            None,
        ))
        .expect("a headless renderer");
        Ui {
            app,
            key,
            rt: tokio::runtime::Runtime::new().unwrap(),
            pending: tasks.into(),
            cache: Some(Cache::new()),
            renderer,
            size: Size::new(1024.0, 720.0),
        }
    }

    pub fn update(&mut self, message: Message) {
        let task = self.app.update(message);
        self.pending.push_back(task);
    }

    /// Runs the app's work until there is none left: messages go to
    /// `update`, widget operations to the widget tree.
    pub fn settle(&mut self) {
        let mut guard = 0;
        while let Some(task) = self.pending.pop_front() {
            guard += 1;
            assert!(guard < 500, "the app keeps producing work");
            let Some(mut stream) = into_stream(task) else {
                continue;
            };
            // One action at a time: a task may wait for the answer to its
            // previous action.
            while let Some(action) = self.rt.block_on(stream.next()) {
                match action {
                    Action::Output(m) => self.update(m),
                    Action::Widget(mut operation) => self.operate(operation.as_mut()),
                    // The task waits for the answer (App settings loads the
                    // language menu's fonts).
                    Action::LoadFont { bytes, channel } => {
                        iced::advanced::graphics::text::font_system()
                            .write()
                            .expect("font system")
                            .load_font(bytes);
                        let _ = channel.send(Ok(()));
                    }
                    _ => {}
                }
            }
        }
    }

    /// One frame: builds the interface on the kept widget state, lets `f`
    /// use it, and keeps the state for the next frame.
    fn frame<R>(
        &mut self,
        f: impl FnOnce(
            &mut UserInterface<'_, Message, iced::Theme, iced::Renderer>,
            &mut iced::Renderer,
        ) -> R,
    ) -> R {
        let cache = self.cache.take().unwrap_or_default();
        let mut ui = UserInterface::build(self.app.view(), self.size, cache, &mut self.renderer);
        let result = f(&mut ui, &mut self.renderer);
        self.cache = Some(ui.into_cache());
        result
    }

    /// Runs an operation as the runtime does, including the operations it
    /// chains (focus_next first counts the controls, then moves the focus).
    fn operate(&mut self, operation: &mut dyn Operation) {
        self.frame(|ui, renderer| ui.operate(renderer, operation));
        let mut next = operation.finish();
        while let Outcome::Chain(mut chained) = next {
            self.frame(|ui, renderer| ui.operate(renderer, chained.as_mut()));
            next = chained.finish();
        }
    }

    /// Presses and releases a key; what the widgets do not take goes to the
    /// app, as its keyboard subscription would deliver it.
    pub fn key(&mut self, key: Key, modifiers: Modifiers) {
        let press = keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key.clone(),
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers,
            text: None,
            repeat: false,
        };
        let mut messages = Vec::new();
        let statuses = self.frame(|ui, renderer| {
            let (_, statuses) = ui.update(
                &[Event::Keyboard(press.clone())],
                mouse::Cursor::Unavailable,
                renderer,
                &mut iced::advanced::clipboard::Null,
                &mut messages,
            );
            statuses
        });
        for m in messages {
            self.update(m);
        }
        // What the app's keyboard subscription lets through.
        let status = statuses
            .first()
            .copied()
            .unwrap_or(iced::event::Status::Ignored);
        if let Some(m) = keyguide::app::keyboard_message(
            Event::Keyboard(press),
            status,
            iced::window::Id::unique(),
        ) {
            self.update(m);
        }
        self.settle();
    }

    pub fn tab(&mut self) {
        self.key(Key::Named(Named::Tab), Modifiers::empty());
    }

    pub fn shift_tab(&mut self) {
        self.key(Key::Named(Named::Tab), Modifiers::SHIFT);
    }

    pub fn enter(&mut self) {
        self.key(Key::Named(Named::Enter), Modifiers::empty());
    }

    pub fn escape(&mut self) {
        self.key(Key::Named(Named::Escape), Modifiers::empty());
    }

    pub fn arrow_down(&mut self) {
        self.key(Key::Named(Named::ArrowDown), Modifiers::empty());
    }

    pub fn arrow_up(&mut self) {
        self.key(Key::Named(Named::ArrowUp), Modifiers::empty());
    }

    /// Sends a message as a widget would, and runs what follows.
    pub fn send(&mut self, message: Message) {
        self.update(message);
        self.settle();
    }

    /// Whether a widget with this id is on screen now.
    pub fn shows(&mut self, id: &str) -> bool {
        self.bounds_of(id).is_some()
    }

    /// A one-frame simulator of what is on screen now, for the mouse and
    /// for finding text (the keyboard goes through `key`, which keeps the
    /// widget state between frames).
    fn simulator(&self) -> Simulator<'_, Message> {
        Simulator::with_size(Settings::default(), self.size, self.app.view())
    }

    /// Clicks the widget with this id; the work it starts is queued.
    pub fn press(&mut self, widget: &str) {
        let mut sim = self.simulator();
        sim.click(selector::id(widget.to_owned()))
            .unwrap_or_else(|e| panic!("no widget {widget}: {e:?}"));
        let messages: Vec<Message> = sim.into_messages().collect();
        for m in messages {
            self.update(m);
        }
    }

    /// Clicks the widget with this id and lets the work it starts finish.
    pub fn click(&mut self, widget: &str) {
        self.press(widget);
        self.settle();
    }

    /// Clicks into a field and types `text` there.
    pub fn type_into(&mut self, widget: &str, text: &str) {
        let mut sim = self.simulator();
        sim.click(selector::id(widget.to_owned()))
            .unwrap_or_else(|e| panic!("no input {widget}: {e:?}"));
        sim.typewrite(text);
        let messages: Vec<Message> = sim.into_messages().collect();
        for m in messages {
            self.update(m);
        }
        self.settle();
    }

    /// Whether this text is on screen now.
    pub fn shows_text(&mut self, text: &str) -> bool {
        self.simulator().find(text).is_ok()
    }

    /// Gives the key a PIN through the app's PIN form.
    pub fn set_pin(&mut self, pin: &str) {
        use keyguide::app::screen::{pin as form, Screen};
        self.send(Message::Go(Screen::Pin));
        self.send(Message::Pin(form::Message::New(pin.to_owned().into())));
        self.send(Message::Pin(form::Message::Repeat(pin.to_owned().into())));
        self.send(Message::Pin(form::Message::Submit));
    }

    /// Answers the PIN dialog, if it is open.
    pub fn unlock_if_asked(&mut self, pin: &str) {
        if self.shows("unlock-submit") {
            self.send(Message::UnlockInput(pin.to_owned().into()));
            self.send(Message::UnlockSubmit);
        }
    }

    /// Every control the keyboard can reach, in Tab order, and which one has
    /// the focus.
    pub fn focusables(&mut self) -> (Vec<Rectangle>, Option<usize>) {
        #[derive(Default)]
        struct Collect {
            all: Vec<Rectangle>,
            focused: Option<usize>,
        }
        impl Operation for Collect {
            fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
                operate(self);
            }
            fn focusable(
                &mut self,
                _id: Option<&Id>,
                bounds: Rectangle,
                state: &mut dyn Focusable,
            ) {
                if state.is_focused() {
                    self.focused = Some(self.all.len());
                }
                self.all.push(bounds);
            }
            fn finish(&self) -> Outcome<()> {
                Outcome::None
            }
        }
        let mut collect = Collect::default();
        self.operate(&mut collect);
        (collect.all, collect.focused)
    }

    /// The bounds of the widget with this id (a container around a control).
    pub fn bounds_of(&mut self, wanted: &str) -> Option<Rectangle> {
        struct Find {
            wanted: Id,
            found: Option<Rectangle>,
        }
        impl Operation for Find {
            fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
                operate(self);
            }
            fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
                if id == Some(&self.wanted) && self.found.is_none() {
                    self.found = Some(bounds);
                }
            }
            fn focusable(&mut self, id: Option<&Id>, bounds: Rectangle, _: &mut dyn Focusable) {
                if id == Some(&self.wanted) && self.found.is_none() {
                    self.found = Some(bounds);
                }
            }
        }
        let mut find = Find {
            wanted: Id::from(wanted.to_owned()),
            found: None,
        };
        self.operate(&mut find);
        find.found
    }

    /// Whether the keyboard focus is on the control inside widget `id`.
    pub fn focus_is_on(&mut self, id: &str) -> bool {
        let Some(target) = self.bounds_of(id) else {
            return false;
        };
        let (all, focused) = self.focusables();
        focused.is_some_and(|i| target.contains(all[i].center()))
    }

    /// Presses Tab until the control inside `id` has the focus; fails if a
    /// whole round of Tab never reaches it.
    pub fn tab_to(&mut self, id: &str) {
        let (all, _) = self.focusables();
        for _ in 0..=all.len() {
            if self.focus_is_on(id) {
                return;
            }
            self.tab();
        }
        panic!("Tab never reaches {id} ({} focusable controls)", all.len());
    }
}
