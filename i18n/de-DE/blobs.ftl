## Large Blobs (CTAP 2.1 §6.10): Daten, die Websites auf dem Schlüssel ablegen, z. B. Zertifikate.

blobs-space = Large-Blob-Speicher: { $used } von { $max } Byte belegt, { $free } frei.
blobs-space-unknown-max = Large-Blob-Speicher: { $used } Byte belegt.
blobs-empty = Keine Website legt Daten darin ab.
blobs-entries = { $count ->
    [one] Ein Eintrag.
   *[other] { $count } Einträge.
}
blobs-owner = { $user } auf { $site }: { $count ->
    [one] ein Eintrag
   *[other] { $count } Einträge
}
blobs-unowned = { $count ->
    [one] Ein Eintrag gehört zu keinem Passkey auf diesem Schlüssel (etwa zu einem gelöschten).
   *[other] { $count } Einträge gehören zu keinem Passkey auf diesem Schlüssel (etwa zu gelöschten).
}
blobs-owners-need-pin = Zu welchen Passkeys sie gehören, wird mit der PIN angezeigt.
