//! Small helpers for reading requests and writing canonical answers.
//!
//! `serde_cbor_2::Value`'s ordering is CTAP's canonical order (major type,
//! then length, then bytes), so a `BTreeMap<Value, Value>` encodes with its
//! keys sorted as CTAP 2.1 §8 requires.

use serde_cbor_2::Value;
use std::collections::BTreeMap;

use super::status;

pub type Map = BTreeMap<Value, Value>;

/// Decodes the parameter map of a command (empty input: empty map).
pub fn parse_params(bytes: &[u8]) -> Result<Map, u8> {
    if bytes.is_empty() {
        return Ok(Map::new());
    }
    match serde_cbor_2::from_slice::<Value>(bytes) {
        Ok(Value::Map(m)) => Ok(m),
        Ok(_) => Err(status::CBOR_UNEXPECTED_TYPE),
        Err(_) => Err(status::INVALID_CBOR),
    }
}

pub fn encode(map: Map) -> Vec<u8> {
    serde_cbor_2::to_vec(&Value::Map(map)).unwrap_or_default()
}

/// Encodes any value canonically (used to rebuild signed sub-command
/// parameters byte for byte).
pub fn encode_value(v: &Value) -> Vec<u8> {
    serde_cbor_2::to_vec(v).unwrap_or_default()
}

pub fn int(k: i128) -> Value {
    Value::Integer(k)
}

pub fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

/// Typed getters: absent is `Ok(None)`, the wrong type is an error.
pub trait MapExt {
    fn opt(&self, key: i128) -> Option<&Value>;
    fn bytes(&self, key: i128) -> Result<Option<&[u8]>, u8>;
    fn uint(&self, key: i128) -> Result<Option<u64>, u8>;
    fn map(&self, key: i128) -> Result<Option<&Map>, u8>;
    fn text_at(&self, key: i128) -> Result<Option<&str>, u8>;
    fn boolean(&self, key: i128) -> Result<Option<bool>, u8>;
    fn str_key(&self, key: &str) -> Option<&Value>;
}

impl MapExt for Map {
    fn opt(&self, key: i128) -> Option<&Value> {
        self.get(&Value::Integer(key))
    }
    fn bytes(&self, key: i128) -> Result<Option<&[u8]>, u8> {
        match self.opt(key) {
            None => Ok(None),
            Some(Value::Bytes(b)) => Ok(Some(b)),
            Some(_) => Err(status::CBOR_UNEXPECTED_TYPE),
        }
    }
    fn uint(&self, key: i128) -> Result<Option<u64>, u8> {
        match self.opt(key) {
            None => Ok(None),
            Some(Value::Integer(i)) if *i >= 0 => u64::try_from(*i)
                .map(Some)
                .map_err(|_| status::INVALID_PARAMETER),
            Some(_) => Err(status::CBOR_UNEXPECTED_TYPE),
        }
    }
    fn map(&self, key: i128) -> Result<Option<&Map>, u8> {
        match self.opt(key) {
            None => Ok(None),
            Some(Value::Map(m)) => Ok(Some(m)),
            Some(_) => Err(status::CBOR_UNEXPECTED_TYPE),
        }
    }
    fn text_at(&self, key: i128) -> Result<Option<&str>, u8> {
        match self.opt(key) {
            None => Ok(None),
            Some(Value::Text(t)) => Ok(Some(t)),
            Some(_) => Err(status::CBOR_UNEXPECTED_TYPE),
        }
    }
    fn boolean(&self, key: i128) -> Result<Option<bool>, u8> {
        match self.opt(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(status::CBOR_UNEXPECTED_TYPE),
        }
    }
    fn str_key(&self, key: &str) -> Option<&Value> {
        self.get(&Value::Text(key.to_owned()))
    }
}

/// A required parameter: absent is MISSING_PARAMETER.
pub fn required<T>(v: Result<Option<T>, u8>) -> Result<T, u8> {
    v?.ok_or(status::MISSING_PARAMETER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keys_encode_length_first_then_bytewise() {
        let mut m = Map::new();
        for k in ["plat", "rk", "up", "clientPin", "uv"] {
            m.insert(text(k), Value::Bool(true));
        }
        let bytes = encode(m);
        let order: Vec<&str> = ["rk", "up", "uv", "plat", "clientPin"].to_vec();
        let mut pos = 0;
        for k in order {
            let at = bytes
                .windows(k.len())
                .position(|w| w == k.as_bytes())
                .unwrap();
            assert!(at >= pos, "{k} out of order");
            pos = at;
        }
    }

    #[test]
    fn integer_keys_ascend_with_negative_after_positive() {
        let mut m = Map::new();
        m.insert(int(-2), int(0));
        m.insert(int(3), int(0));
        m.insert(int(1), int(0));
        m.insert(int(-1), int(0));
        // a5 01 00 03 00 20 00 21 00
        assert_eq!(
            encode(m),
            vec![0xa4, 0x01, 0x00, 0x03, 0x00, 0x20, 0x00, 0x21, 0x00]
        );
    }
}
