//! Command and response APDUs as a client sends and reads them (ISO/IEC
//! 7816-4 §5.1 and §5.3), with what CTAP over NFC needs (CTAP 2.1 §11.3):
//! short and extended length fields, command chaining (§5.4.1, CLA bit
//! 0x10) and the card's capabilities from the ATR's historical bytes
//! (§8.1.1.2.7).
//!
//! This is the client side only; the card side of the virtual key
//! (keyguide-vkey's `smartcard::apdu`) is a separate implementation, so the
//! two check each other rather than agree by construction.

/// The FIDO applet's AID (CTAP 2.1 §11.3.3).
pub const FIDO_AID: [u8; 8] = [0xA0, 0x00, 0x00, 0x06, 0x47, 0x2F, 0x00, 0x01];

/// ISO 7816-4 SELECT.
pub const INS_SELECT: u8 = 0xA4;
/// ISO 7816-4 GET RESPONSE, after SW1 = 61.
pub const INS_GET_RESPONSE: u8 = 0xC0;
/// CTAP 2.1 §11.3.4 NFCCTAP_MSG (CLA 80).
pub const INS_NFCCTAP_MSG: u8 = 0x10;
/// CTAP 2.1 §11.3.4 NFCCTAP_GETRESPONSE (CLA 80).
pub const INS_NFCCTAP_GETRESPONSE: u8 = 0x11;
/// The chaining bit of an inter-industry CLA (ISO 7816-4 §5.4.1).
pub const CLA_CHAINING: u8 = 0x10;
/// The proprietary class CTAP's commands use.
pub const CLA_CTAP: u8 = 0x80;

/// Status words the client acts on.
pub mod sw {
    pub const OK: u16 = 0x9000;
    /// CTAP 2.1 §11.3.4: the key is still working; one status byte follows.
    pub const CTAP_KEEPALIVE: u16 = 0x9100;
    pub const WRONG_LENGTH: u16 = 0x6700;
    pub const CONDITIONS_NOT_SATISFIED: u16 = 0x6985;
    pub const INS_NOT_SUPPORTED: u16 = 0x6D00;
    pub const CLA_NOT_SUPPORTED: u16 = 0x6E00;
    /// SW1 61: more response bytes wait, SW2 of them (00: 256 or more).
    pub const MORE_DATA_SW1: u8 = 0x61;
    /// SW1 6C: wrong Le, SW2 is the exact length to ask for.
    pub const WRONG_LE_SW1: u8 = 0x6C;
}

/// Largest data field of a short command (Lc is one byte).
pub const SHORT_MAX_DATA: usize = 255;
/// Largest Ne a short Le asks for (Le = 00).
pub const SHORT_MAX_LE: usize = 256;
/// Largest Ne an extended Le asks for (Le = 0000).
pub const EXTENDED_MAX_LE: usize = 65536;

/// How the length fields are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LengthForm {
    /// One-byte Lc and Le; data longer than 255 bytes goes in a chain.
    Short,
    /// Three-byte Lc (00 hi lo) and two- or three-byte Le.
    Extended,
}

/// One command, before it is cut into APDUs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    pub cla: u8,
    pub ins: u8,
    pub p1: u8,
    pub p2: u8,
    pub data: Vec<u8>,
    /// Ne, the most response bytes expected; `None` for no Le field.
    pub ne: Option<usize>,
}

impl Command {
    /// SELECT by DF name (P1 04, first or only occurrence) of the FIDO
    /// applet, expecting its version string.
    pub fn select_fido() -> Self {
        Command {
            cla: 0x00,
            ins: INS_SELECT,
            p1: 0x04,
            p2: 0x00,
            data: FIDO_AID.to_vec(),
            ne: Some(SHORT_MAX_LE),
        }
    }

    /// NFCCTAP_MSG with the CTAP command byte and CBOR; P1 0x80 tells the
    /// key this client understands NFCCTAP_GETRESPONSE (keepalives).
    pub fn ctap_msg(cbor: &[u8], max_response: usize) -> Self {
        Command {
            cla: CLA_CTAP,
            ins: INS_NFCCTAP_MSG,
            p1: 0x80,
            p2: 0x00,
            data: cbor.to_vec(),
            ne: Some(max_response),
        }
    }

    /// NFCCTAP_GETRESPONSE: asks a key that answered 9100 for news. With
    /// `cancel`, P1 0x11 asks it to stop (as python-fido2 and the CTAP 2.2
    /// text do); keys that do not know it refuse the P1.
    pub fn ctap_get_response(cancel: bool, max_response: usize) -> Self {
        Command {
            cla: CLA_CTAP,
            ins: INS_NFCCTAP_GETRESPONSE,
            p1: if cancel { 0x11 } else { 0x00 },
            p2: 0x00,
            data: Vec::new(),
            ne: Some(max_response),
        }
    }

    /// GET RESPONSE for the `sw2` bytes a 61xx announced.
    pub fn get_response(sw2: u8) -> Self {
        Command {
            cla: 0x00,
            ins: INS_GET_RESPONSE,
            p1: 0x00,
            p2: 0x00,
            data: Vec::new(),
            ne: Some(if sw2 == 0 { SHORT_MAX_LE } else { sw2 as usize }),
        }
    }

    /// The APDUs that carry this command: one, or with short lengths and
    /// more than 255 data bytes, a chain whose parts but the last have the
    /// chaining bit set and no Le.
    pub fn encode(&self, form: LengthForm) -> Vec<Vec<u8>> {
        match form {
            LengthForm::Extended => vec![self.encode_extended()],
            LengthForm::Short => {
                if self.data.len() <= SHORT_MAX_DATA {
                    return vec![encode_short(
                        self.cla, self.ins, self.p1, self.p2, &self.data, self.ne,
                    )];
                }
                let chunks: Vec<&[u8]> = self.data.chunks(SHORT_MAX_DATA).collect();
                let last = chunks.len() - 1;
                chunks
                    .iter()
                    .enumerate()
                    .map(|(i, chunk)| {
                        if i == last {
                            encode_short(self.cla, self.ins, self.p1, self.p2, chunk, self.ne)
                        } else {
                            encode_short(
                                self.cla | CLA_CHAINING,
                                self.ins,
                                self.p1,
                                self.p2,
                                chunk,
                                None,
                            )
                        }
                    })
                    .collect()
            }
        }
    }

    fn encode_extended(&self) -> Vec<u8> {
        let mut apdu = vec![self.cla, self.ins, self.p1, self.p2];
        if self.data.is_empty() {
            // Case 2E: 00 followed by a two-byte Le; case 1 has nothing.
            if let Some(ne) = self.ne {
                apdu.push(0x00);
                apdu.extend_from_slice(&extended_le(ne));
            }
            return apdu;
        }
        // Case 3E / 4E: 00 Lc(2) data [Le(2)]. CTAP messages are far below
        // the 65535 bytes an extended Lc can say.
        let lc = self.data.len().min(0xFFFF) as u16;
        apdu.push(0x00);
        apdu.extend_from_slice(&lc.to_be_bytes());
        apdu.extend_from_slice(&self.data[..lc as usize]);
        if let Some(ne) = self.ne {
            apdu.extend_from_slice(&extended_le(ne));
        }
        apdu
    }
}

/// A short APDU: cases 1 to 4 (ISO 7816-4 §5.1).
fn encode_short(cla: u8, ins: u8, p1: u8, p2: u8, data: &[u8], ne: Option<usize>) -> Vec<u8> {
    let mut apdu = Vec::with_capacity(6 + data.len());
    apdu.extend_from_slice(&[cla, ins, p1, p2]);
    if !data.is_empty() {
        apdu.push(data.len() as u8);
        apdu.extend_from_slice(data);
    }
    if let Some(ne) = ne {
        // Le 00 means 256.
        apdu.push(if ne >= SHORT_MAX_LE { 0x00 } else { ne as u8 });
    }
    apdu
}

/// A two-byte Le; 0000 means 65536.
fn extended_le(ne: usize) -> [u8; 2] {
    if ne >= EXTENDED_MAX_LE {
        [0, 0]
    } else {
        (ne as u16).to_be_bytes()
    }
}

/// A response APDU: data and the status word SW1 SW2.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub data: Vec<u8>,
    pub sw: u16,
}

impl Response {
    /// Splits the trailer off; `None` for fewer than two bytes (no answer).
    pub fn parse(raw: &[u8]) -> Option<Self> {
        let split = raw.len().checked_sub(2)?;
        Some(Response {
            data: raw[..split].to_vec(),
            sw: u16::from_be_bytes([raw[split], raw[split + 1]]),
        })
    }

    pub fn sw1(&self) -> u8 {
        (self.sw >> 8) as u8
    }

    pub fn sw2(&self) -> u8 {
        self.sw as u8
    }
}

/// What the card says it can do in its answer-to-reset.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CardCapabilities {
    pub chaining: bool,
    pub extended_length: bool,
}

/// Reads the card capabilities (compact-TLV tag 7, third software function
/// table byte: b8 command chaining, b7 extended Lc and Le; ISO 7816-4
/// §8.1.1.2.7) from an ATR's historical bytes (ISO 7816-3 §8.2). For a
/// contactless card, PC/SC part 3 builds the ATR around the card's ATS
/// historical bytes, so the same field is there. `None` when the ATR does
/// not say.
pub fn card_capabilities(atr: &[u8]) -> Option<CardCapabilities> {
    let historical = historical_bytes(atr)?;
    let (&category, rest) = historical.split_first()?;
    // 00: compact-TLV then a three-byte status; 80: compact-TLV only.
    let tlv = match category {
        0x80 => rest,
        0x00 if rest.len() >= 3 => &rest[..rest.len() - 3],
        _ => return None,
    };
    let mut i = 0;
    while i < tlv.len() {
        let tag = tlv[i] >> 4;
        let len = (tlv[i] & 0x0F) as usize;
        let value = tlv.get(i + 1..i + 1 + len)?;
        if tag == 0x7 {
            let third = *value.get(2)?;
            return Some(CardCapabilities {
                chaining: third & 0x80 != 0,
                extended_length: third & 0x40 != 0,
            });
        }
        i += 1 + len;
    }
    None
}

/// The historical bytes of an ATR: T0's low nibble says how many, after
/// the interface bytes that the Y nibbles of T0 and each TDi announce.
fn historical_bytes(atr: &[u8]) -> Option<&[u8]> {
    let t0 = *atr.get(1)?;
    let count = (t0 & 0x0F) as usize;
    let mut y = t0 >> 4;
    let mut i = 2;
    loop {
        // TA, TB, TC present per bits 1..3 of Y; TD per bit 4.
        i += (y & 0x7).count_ones() as usize;
        if y & 0x8 == 0 {
            break;
        }
        let td = *atr.get(i)?;
        i += 1;
        y = td >> 4;
    }
    atr.get(i..i + count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_cases_one_to_four() {
        let mut c = Command {
            cla: 0x00,
            ins: 0xB0,
            p1: 1,
            p2: 2,
            data: vec![],
            ne: None,
        };
        assert_eq!(c.encode(LengthForm::Short), vec![vec![0x00, 0xB0, 1, 2]]);
        c.ne = Some(256);
        assert_eq!(
            c.encode(LengthForm::Short),
            vec![vec![0x00, 0xB0, 1, 2, 0x00]]
        );
        c.data = vec![0xAA, 0xBB];
        c.ne = None;
        assert_eq!(
            c.encode(LengthForm::Short),
            vec![vec![0x00, 0xB0, 1, 2, 2, 0xAA, 0xBB]]
        );
        c.ne = Some(16);
        assert_eq!(
            c.encode(LengthForm::Short),
            vec![vec![0x00, 0xB0, 1, 2, 2, 0xAA, 0xBB, 16]]
        );
    }

    #[test]
    fn select_of_the_fido_applet_is_the_spec_bytes() {
        // CTAP 2.1 §11.3.3: 00 A4 04 00 08 A0000006472F0001 00.
        assert_eq!(
            Command::select_fido().encode(LengthForm::Short),
            vec![hex::decode("00A4040008A0000006472F000100").unwrap()]
        );
    }

    #[test]
    fn extended_lengths_carry_long_data_in_one_apdu() {
        let cbor = vec![0x42; 300];
        let apdus = Command::ctap_msg(&cbor, EXTENDED_MAX_LE).encode(LengthForm::Extended);
        assert_eq!(apdus.len(), 1);
        let apdu = &apdus[0];
        assert_eq!(&apdu[..7], &[0x80, 0x10, 0x80, 0x00, 0x00, 0x01, 0x2C]);
        assert_eq!(&apdu[7..307], &cbor[..]);
        assert_eq!(&apdu[307..], &[0x00, 0x00], "Le 0000: up to 65536 bytes");
        // Case 2E: no data, a three-byte Le.
        assert_eq!(
            Command::ctap_get_response(false, 4096).encode(LengthForm::Extended),
            vec![vec![0x80, 0x11, 0x00, 0x00, 0x00, 0x10, 0x00]]
        );
    }

    #[test]
    fn long_data_in_short_form_is_chained_with_le_on_the_last_part_only() {
        let cbor: Vec<u8> = (0..600u32).map(|i| i as u8).collect();
        let apdus = Command::ctap_msg(&cbor, SHORT_MAX_LE).encode(LengthForm::Short);
        assert_eq!(apdus.len(), 3);
        assert_eq!(&apdus[0][..5], &[0x90, 0x10, 0x80, 0x00, 0xFF]);
        assert_eq!(apdus[0].len(), 5 + 255, "no Le on a chained part");
        assert_eq!(&apdus[1][..5], &[0x90, 0x10, 0x80, 0x00, 0xFF]);
        assert_eq!(&apdus[2][..5], &[0x80, 0x10, 0x80, 0x00, 90]);
        assert_eq!(*apdus[2].last().unwrap(), 0x00, "Le 00 on the last part");
        let joined: Vec<u8> = apdus
            .iter()
            .flat_map(|a| a[5..5 + a[4] as usize].to_vec())
            .collect();
        assert_eq!(joined, cbor);
    }

    #[test]
    fn responses_split_data_and_status() {
        let r = Response::parse(&[1, 2, 0x61, 0x10]).unwrap();
        assert_eq!(r.data, vec![1, 2]);
        assert_eq!((r.sw1(), r.sw2()), (0x61, 0x10));
        assert_eq!(Response::parse(&[0x90]), None);
    }

    #[test]
    fn card_capabilities_from_a_contactless_atr() {
        // A contactless card as PC/SC part 3 shows it (the shape of a
        // YubiKey 5 NFC's ATR): historical bytes 80 73 C0 21 C0 ...
        let atr = hex::decode("3B8D80018073C021C057597562694B657921").unwrap();
        assert_eq!(
            card_capabilities(&atr),
            Some(CardCapabilities {
                chaining: true,
                extended_length: true
            })
        );
        // Chaining only (third byte 80).
        let atr = hex::decode("3B8880018073C02180000000").unwrap();
        assert_eq!(
            card_capabilities(&atr),
            Some(CardCapabilities {
                chaining: true,
                extended_length: false
            })
        );
        // A storage card's ATR (category 80 then an application id, no
        // tag 7): nothing said.
        let atr = hex::decode("3B8F8001804F0CA000000306030001000000006A").unwrap();
        assert_eq!(card_capabilities(&atr), None);
        assert_eq!(card_capabilities(&[0x3B]), None);
    }
}
