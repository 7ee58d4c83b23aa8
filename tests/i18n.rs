//! The translations are complete and consistent: every locale has every
//! en-US message, with the same variables, valid plural categories for its
//! language, and (for Japanese and Chinese) every character in the bundled
//! font. Every `t!` id in the code exists in en-US.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

use keyguide::i18n::{locale_sources, Language};

/// Message id -> the variables it uses and its plural variant keys.
#[derive(Debug, Default)]
struct Shape {
    variables: BTreeSet<String>,
    plural_keys: BTreeSet<String>,
}

const PLURAL_NAMES: [&str; 5] = ["zero", "one", "two", "few", "many"];

fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, shape: &mut Shape) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, shape),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let keys: Vec<String> = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            if keys.iter().any(|k| PLURAL_NAMES.contains(&k.as_str())) {
                shape.plural_keys.extend(keys);
            }
            for v in variants {
                walk_pattern(&v.value, shape);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
        }
        _ => {}
    }
}

/// All messages of one locale, by area; panics on a syntax error.
fn messages(language: Language) -> BTreeMap<&'static str, BTreeMap<String, Shape>> {
    let mut areas = BTreeMap::new();
    for (area, source) in locale_sources(language) {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
            panic!(
                "i18n/{}/{area}.ftl does not parse: {errors:?}",
                language.tag()
            )
        });
        let mut found = BTreeMap::new();
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut shape = Shape::default();
                    let value = m.value.as_ref().unwrap_or_else(|| {
                        panic!("{}: {} has no value", language.tag(), m.id.name)
                    });
                    walk_pattern(value, &mut shape);
                    assert!(
                        found.insert(m.id.name.to_string(), shape).is_none(),
                        "{}/{area}: {} is defined twice",
                        language.tag(),
                        m.id.name
                    );
                }
                ast::Entry::Junk { content } => {
                    panic!(
                        "i18n/{}/{area}.ftl: cannot read {content:?}",
                        language.tag()
                    )
                }
                _ => {}
            }
        }
        areas.insert(area, found);
    }
    areas
}

/// CLDR plural categories a language uses for cardinal numbers.
fn plural_categories(language: Language) -> &'static [&'static str] {
    match language {
        Language::EnUs | Language::DeDe => &["one", "other"],
        Language::FrFr | Language::EsEs => &["one", "many", "other"],
        Language::JaJp | Language::ZhCn => &["other"],
    }
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let english = messages(Language::EnUs);
    let mut problems = Vec::new();
    for language in Language::ALL {
        let translated = messages(language);
        for (area, en_messages) in &english {
            let ours = &translated[area];
            for (id, en_shape) in en_messages {
                match ours.get(id) {
                    None => problems.push(format!("{}/{area}: {id} is missing", language.tag())),
                    Some(shape) => {
                        if shape.variables != en_shape.variables {
                            problems.push(format!(
                                "{}/{area}: {id} uses {:?}, en-US uses {:?}",
                                language.tag(),
                                shape.variables,
                                en_shape.variables
                            ));
                        }
                        let allowed = plural_categories(language);
                        for key in &shape.plural_keys {
                            let numeric = key.parse::<f64>().is_ok();
                            if !numeric && !allowed.contains(&key.as_str()) {
                                problems.push(format!(
                                    "{}/{area}: {id} has plural category [{key}], which {} does not use",
                                    language.tag(),
                                    language.tag()
                                ));
                            }
                        }
                    }
                }
            }
            for id in ours.keys() {
                if !en_messages.contains_key(id) {
                    problems.push(format!("{}/{area}: {id} is not in en-US", language.tag()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `t!("id")` in the sources, with the file it is in.
fn ids_used_in_code() -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for (i, _) in source.match_indices("t!(") {
                    // `t!(` but not `format!(`, `assert!(` and the like.
                    let before = source[..i].chars().last();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    // Examples in comments are not calls.
                    let line_start = source[..i].rfind('\n').map_or(0, |n| n + 1);
                    if source[line_start..i].trim_start().starts_with("//") {
                        continue;
                    }
                    let rest = source[i + 3..].trim_start();
                    if let Some(rest) = rest.strip_prefix('"') {
                        let id: String = rest.chars().take_while(|c| *c != '"').collect();
                        found.push((id, path.display().to_string()));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_id_in_the_code_is_an_en_us_message() {
    let english: BTreeSet<String> = messages(Language::EnUs)
        .into_values()
        .flat_map(|m| m.into_keys())
        .collect();
    let used = ids_used_in_code();
    assert!(used.len() > 300, "found only {} t! calls", used.len());
    let missing: Vec<_> = used
        .iter()
        .filter(|(id, _)| !english.contains(id))
        .map(|(id, file)| format!("{id} (in {file})"))
        .collect();
    assert!(missing.is_empty(), "not in i18n/en-US: {missing:#?}");
}

#[test]
fn the_bundled_cjk_fonts_cover_every_character_of_their_language() {
    let fonts = [
        (Language::JaJp, keyguide::app::fonts::NOTO_SANS_CJK_JP),
        (Language::ZhCn, keyguide::app::fonts::NOTO_SANS_CJK_SC),
    ];
    for (language, font) in fonts {
        let face = ttf_parser::Face::parse(font, 0).expect("the bundled font parses");
        let mut text: String = locale_sources(language)
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        // The language menu names every language in itself.
        text.extend(Language::ALL.iter().map(|l| l.native_name()));
        let missing: BTreeSet<char> = text
            .chars()
            .filter(|c| is_cjk(*c))
            .filter(|c| face.glyph_index(*c).is_none())
            .collect();
        assert!(
            missing.is_empty(),
            "{}: the bundled font lacks {missing:?}; run tools/subset-cjk-fonts.sh",
            language.tag()
        );
    }
}

/// Characters a machine without CJK fonts cannot draw.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x30FF   // CJK punctuation, Hiragana, Katakana
        | 0x3400..=0x9FFF // CJK ideographs
        | 0xF900..=0xFAFF // compatibility ideographs
        | 0xFF00..=0xFFEF // full-width forms
    )
}
