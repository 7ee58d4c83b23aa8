//! Placeholder until the catalog lands (replaced by the generated catalog).
use uuid::Uuid;

pub struct Catalog;
pub struct Model {
    pub name: String,
    pub certification: Option<String>,
    pub get_info: Option<serde_json::Value>,
}
impl Model {
    pub fn warning(&self) -> Option<String> {
        None
    }
}
impl Catalog {
    pub fn embedded() -> &'static Catalog {
        &Catalog
    }
    pub fn lookup(&self, _aaguid: &Uuid) -> Option<&Model> {
        None
    }
}
