//! The baseline for `tools/bench_startup.sh`: an empty iced window built
//! with the same iced features as KeyGuide.

fn view(_: &()) -> iced::Element<'_, ()> {
    iced::widget::text("").into()
}

fn main() -> iced::Result {
    iced::application(|| (), |_: &mut (), _: ()| {}, view)
        .title("Empty iced window")
        .run()
}
