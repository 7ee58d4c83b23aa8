//! ISO/IEC 7816-4 APDUs as a FIDO card sees them (CTAP 2.1 §11.3 builds on
//! ISO 7816-4 §5): command parsing for cases 1-4 in short and extended form,
//! status words, command chaining (CLA bit 0x10) and handing out long answers
//! piece by piece through GET RESPONSE (SW 61xx).

use std::fmt;

/// A status word (SW1 SW2) ending every response APDU.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct StatusWord(pub u16);

impl StatusWord {
    pub const OK: Self = Self(0x9000);
    /// NFCCTAP_GETRESPONSE needed (CTAP 2.1 §11.3.6); the data is a status byte.
    pub const CTAP_KEEPALIVE: Self = Self(0x9100);
    pub const WRONG_LENGTH: Self = Self(0x6700);
    pub const LAST_COMMAND_OF_CHAIN_EXPECTED: Self = Self(0x6883);
    pub const CONDITIONS_NOT_SATISFIED: Self = Self(0x6985);
    pub const WRONG_DATA: Self = Self(0x6A80);
    pub const FILE_NOT_FOUND: Self = Self(0x6A82);
    pub const INCORRECT_P1_P2: Self = Self(0x6A86);
    pub const INS_NOT_SUPPORTED: Self = Self(0x6D00);
    pub const CLA_NOT_SUPPORTED: Self = Self(0x6E00);
    pub const NO_PRECISE_DIAGNOSIS: Self = Self(0x6F00);

    /// 61xx: `remaining` more bytes wait for GET RESPONSE (xx = 00 means 256
    /// or more).
    pub fn bytes_remaining(remaining: usize) -> Self {
        Self(0x6100 | (remaining.min(256) & 0xFF) as u16)
    }

    pub fn to_bytes(self) -> [u8; 2] {
        self.0.to_be_bytes()
    }
}

impl fmt::Debug for StatusWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SW {:04X}", self.0)
    }
}

/// A parsed command APDU.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandApdu {
    pub cla: u8,
    pub ins: u8,
    pub p1: u8,
    pub p2: u8,
    pub data: Vec<u8>,
    /// Ne, the most bytes the reader accepts in the answer (Le 00 means 256
    /// short, 65536 extended); `None` when the command carried no Le.
    pub ne: Option<usize>,
    /// True when Lc/Le used the extended (three/two byte) form.
    pub extended: bool,
}

/// CLA bit saying "more of this command follows" (ISO 7816-4 §5.4.1).
pub const CLA_CHAINING: u8 = 0x10;

impl CommandApdu {
    /// Parses one command APDU; a malformed length is `6700`.
    pub fn parse(bytes: &[u8]) -> Result<Self, StatusWord> {
        let [cla, ins, p1, p2, body @ ..] = bytes else {
            return Err(StatusWord::WRONG_LENGTH);
        };
        let mut apdu = CommandApdu {
            cla: *cla,
            ins: *ins,
            p1: *p1,
            p2: *p2,
            data: Vec::new(),
            ne: None,
            extended: false,
        };
        match body {
            // Case 1: header only.
            [] => {}
            // Case 2 short: Le only.
            [le] => apdu.ne = Some(short_ne(*le)),
            // Extended form: a zero byte, then two-byte lengths.
            [0, rest @ ..] if rest.len() >= 2 => {
                apdu.extended = true;
                let first = u16::from_be_bytes([rest[0], rest[1]]) as usize;
                let after = &rest[2..];
                if after.is_empty() {
                    // Case 2 extended.
                    apdu.ne = Some(extended_ne(first));
                } else {
                    // Cases 3 and 4 extended: `first` is Lc.
                    let lc = first;
                    if lc == 0 || after.len() < lc {
                        return Err(StatusWord::WRONG_LENGTH);
                    }
                    apdu.data = after[..lc].to_vec();
                    match &after[lc..] {
                        [] => {}
                        [hi, lo] => {
                            apdu.ne = Some(extended_ne(u16::from_be_bytes([*hi, *lo]) as usize))
                        }
                        _ => return Err(StatusWord::WRONG_LENGTH),
                    }
                }
            }
            // Cases 3 and 4 short: Lc, data, optional Le.
            [lc, rest @ ..] if *lc != 0 => {
                let lc = *lc as usize;
                if rest.len() < lc {
                    return Err(StatusWord::WRONG_LENGTH);
                }
                apdu.data = rest[..lc].to_vec();
                match &rest[lc..] {
                    [] => {}
                    [le] => apdu.ne = Some(short_ne(*le)),
                    _ => return Err(StatusWord::WRONG_LENGTH),
                }
            }
            _ => return Err(StatusWord::WRONG_LENGTH),
        }
        Ok(apdu)
    }

    /// True when more parts of this command follow (CLA bit 0x10).
    pub fn is_chained(&self) -> bool {
        self.cla & CLA_CHAINING != 0
    }

    /// The class byte without the chaining bit.
    pub fn class(&self) -> u8 {
        self.cla & !CLA_CHAINING
    }

    /// How many answer bytes fit in one response: Ne, or, when the reader
    /// sent no Le, the most its length form allows. (Strictly an absent Le
    /// means "no data"; FIDO clients in the field omit it and still expect
    /// the answer, so being lenient here costs nothing.)
    pub fn max_response_len(&self) -> usize {
        self.ne.unwrap_or(if self.extended { 65536 } else { 256 })
    }
}

fn short_ne(le: u8) -> usize {
    if le == 0 {
        256
    } else {
        le as usize
    }
}

fn extended_ne(le: usize) -> usize {
    if le == 0 {
        65536
    } else {
        le
    }
}

/// A response APDU: data, then SW1 SW2.
pub fn response(data: &[u8], sw: StatusWord) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 2);
    out.extend_from_slice(data);
    out.extend_from_slice(&sw.to_bytes());
    out
}

/// A response carrying only a status word.
pub fn status(sw: StatusWord) -> Vec<u8> {
    sw.to_bytes().to_vec()
}

/// The most a chained command may add up to (CTAP messages are far smaller;
/// this only bounds memory on a misbehaving reader).
pub const MAX_CHAINED_LEN: usize = 64 * 1024;

/// Gathers the parts of a chained command (ISO 7816-4 §5.4.1).
#[derive(Debug, Default)]
pub struct ChainAssembler {
    pending: Option<CommandApdu>,
}

impl ChainAssembler {
    /// Adds one part. Returns `Ok(Some(whole))` when the last part came,
    /// `Ok(None)` when more parts are expected (answer `9000`), or the status
    /// word to answer when the chain is broken.
    pub fn push(&mut self, part: CommandApdu) -> Result<Option<CommandApdu>, StatusWord> {
        let whole = match self.pending.take() {
            None => part,
            Some(mut head) => {
                if (head.class(), head.ins, head.p1, head.p2)
                    != (part.class(), part.ins, part.p1, part.p2)
                {
                    // A different command in the middle of a chain.
                    return Err(StatusWord::LAST_COMMAND_OF_CHAIN_EXPECTED);
                }
                if head.data.len() + part.data.len() > MAX_CHAINED_LEN {
                    return Err(StatusWord::WRONG_LENGTH);
                }
                head.data.extend_from_slice(&part.data);
                head.cla = part.cla;
                head.ne = part.ne;
                head.extended |= part.extended;
                head
            }
        };
        if whole.is_chained() {
            self.pending = Some(whole);
            Ok(None)
        } else {
            Ok(Some(whole))
        }
    }

    /// True while parts of a command are held.
    pub fn in_progress(&self) -> bool {
        self.pending.is_some()
    }

    pub fn clear(&mut self) {
        self.pending = None;
    }
}

/// Hands out an answer longer than Ne in pieces: the first piece with
/// `61xx`, the rest through GET RESPONSE (INS C0, ISO 7816-4 §7.6.1).
#[derive(Debug, Default)]
pub struct ResponseQueue {
    remaining: Vec<u8>,
}

/// ISO 7816-4 GET RESPONSE.
pub const INS_GET_RESPONSE: u8 = 0xC0;

impl ResponseQueue {
    /// Builds the response APDU for `data` when the reader takes at most
    /// `max_len` bytes at a time; keeps what does not fit.
    pub fn start(&mut self, data: Vec<u8>, max_len: usize) -> Vec<u8> {
        self.remaining = data;
        self.next(max_len)
    }

    /// Answers a GET RESPONSE.
    pub fn get_response(&mut self, apdu: &CommandApdu) -> Vec<u8> {
        if apdu.p1 != 0 || apdu.p2 != 0 {
            return status(StatusWord::INCORRECT_P1_P2);
        }
        if self.remaining.is_empty() {
            return status(StatusWord::CONDITIONS_NOT_SATISFIED);
        }
        self.next(apdu.max_response_len())
    }

    pub fn clear(&mut self) {
        self.remaining.clear();
    }

    fn next(&mut self, max_len: usize) -> Vec<u8> {
        let take = self.remaining.len().min(max_len.max(1));
        let piece: Vec<u8> = self.remaining.drain(..take).collect();
        let sw = if self.remaining.is_empty() {
            StatusWord::OK
        } else {
            StatusWord::bytes_remaining(self.remaining.len())
        };
        response(&piece, sw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_hex(hex_text: &str) -> Result<CommandApdu, StatusWord> {
        let bytes = hex::decode(hex_text.replace(' ', "")).expect("test hex");
        CommandApdu::parse(&bytes)
    }

    #[test]
    fn select_of_the_fido_aid_from_ctap_11_3_is_case_4_short() {
        let apdu = parse_hex("00 A4 04 00 08 A0 00 00 06 47 2F 00 01 00").unwrap();
        assert_eq!(
            (apdu.cla, apdu.ins, apdu.p1, apdu.p2),
            (0x00, 0xA4, 0x04, 0x00)
        );
        assert_eq!(apdu.data, hex::decode("A0000006472F0001").unwrap());
        assert_eq!(apdu.ne, Some(256));
        assert!(!apdu.extended);
    }

    #[test]
    fn all_four_cases_parse_in_short_form() {
        let case1 = parse_hex("80 12 01 00").unwrap();
        assert_eq!((case1.data.len(), case1.ne), (0, None));
        let case2 = parse_hex("80 C0 00 00 10").unwrap();
        assert_eq!((case2.data.len(), case2.ne), (0, Some(16)));
        let case3 = parse_hex("80 10 00 00 01 04").unwrap();
        assert_eq!((case3.data, case3.ne), (vec![0x04], None));
        let case4 = parse_hex("80 10 00 00 01 04 00").unwrap();
        assert_eq!((case4.data, case4.ne), (vec![0x04], Some(256)));
    }

    #[test]
    fn extended_lengths_parse() {
        // Case 2E: Le 0000 means 65536.
        let case2 = parse_hex("80 11 00 00 00 00 00").unwrap();
        assert_eq!((case2.ne, case2.extended), (Some(65536), true));
        // Case 3E with a 300-byte body, case 4E with Le 0100.
        let mut bytes = vec![0x80, 0x10, 0x80, 0x00, 0x00, 0x01, 0x2C];
        bytes.extend(std::iter::repeat_n(0xAB, 300));
        let case3 = CommandApdu::parse(&bytes).unwrap();
        assert_eq!((case3.data.len(), case3.ne, case3.p1), (300, None, 0x80));
        bytes.extend([0x01, 0x00]);
        let case4 = CommandApdu::parse(&bytes).unwrap();
        assert_eq!((case4.data.len(), case4.ne), (300, Some(256)));
        // The library's extended SELECT encoding.
        let select = parse_hex("00 A4 04 00 00 00 08 A0 00 00 06 47 2F 00 01 01 00").unwrap();
        assert_eq!((select.data.len(), select.ne), (8, Some(256)));
    }

    #[test]
    fn bad_lengths_answer_6700() {
        for bad in [
            "00 A4 04",                   // shorter than a header
            "80 10 00 00 05 01 02",       // Lc says 5, 2 bytes follow
            "80 10 00 00 01 04 00 00",    // two bytes after short data
            "80 10 00 00 00 00",          // extended form cut short
            "80 10 00 00 00 00 00 04 00", // extended Lc of zero with data
            "80 10 00 00 00 00 03 01 02", // extended Lc beyond the data
        ] {
            assert_eq!(parse_hex(bad), Err(StatusWord::WRONG_LENGTH), "{bad}");
        }
    }

    #[test]
    fn chained_nfcctap_msg_parts_join_into_one_command() {
        let mut chain = ChainAssembler::default();
        let first = parse_hex("90 10 00 00 03 01 A2 01").unwrap();
        assert!(first.is_chained());
        assert_eq!(chain.push(first), Ok(None));
        assert!(chain.in_progress());
        let last = parse_hex("80 10 00 00 02 58 20 00").unwrap();
        let whole = chain.push(last).unwrap().expect("complete");
        assert_eq!(whole.data, vec![0x01, 0xA2, 0x01, 0x58, 0x20]);
        assert_eq!((whole.cla, whole.ne), (0x80, Some(256)));
        assert!(!chain.in_progress());
    }

    #[test]
    fn a_different_command_inside_a_chain_is_refused() {
        let mut chain = ChainAssembler::default();
        chain.push(parse_hex("90 10 00 00 01 01").unwrap()).unwrap();
        let other = parse_hex("80 11 00 00 00").unwrap();
        assert_eq!(
            chain.push(other),
            Err(StatusWord::LAST_COMMAND_OF_CHAIN_EXPECTED)
        );
        assert!(!chain.in_progress());
    }

    #[test]
    fn long_answers_come_out_through_get_response() {
        let data: Vec<u8> = (0..600u32).map(|i| i as u8).collect();
        let mut queue = ResponseQueue::default();
        let first = queue.start(data.clone(), 256);
        assert_eq!(first.len(), 258);
        assert_eq!(
            &first[256..],
            &[0x61, 0x00],
            "344 left: 61 00 means 256 or more"
        );

        let get = parse_hex("80 C0 00 00 00").unwrap();
        let second = queue.get_response(&get);
        assert_eq!(&second[256..], &[0x61, 88], "88 bytes left");
        let get_88 = parse_hex("00 C0 00 00 58").unwrap();
        let third = queue.get_response(&get_88);
        assert_eq!(&third[88..], &[0x90, 0x00]);

        let joined: Vec<u8> = [&first[..256], &second[..256], &third[..88]].concat();
        assert_eq!(joined, data);
        assert_eq!(queue.get_response(&get), vec![0x69, 0x85], "nothing left");
    }

    #[test]
    fn short_answers_go_out_whole() {
        let mut queue = ResponseQueue::default();
        assert_eq!(
            queue.start(b"FIDO_2_0".to_vec(), 256),
            b"FIDO_2_0\x90\x00".to_vec()
        );
        assert_eq!(queue.start(Vec::new(), 256), vec![0x90, 0x00]);
    }
}
