## Large blobs (CTAP 2.1 §6.10): data sites keep on the key, e.g. certificates (src/large_blobs.rs).

blobs-space = Large-blob store: { $used } of { $max } bytes used, { $free } free.
blobs-space-unknown-max = Large-blob store: { $used } bytes used.
blobs-empty = No site keeps data in it.
blobs-entries = { $count ->
    [one] One entry.
   *[other] { $count } entries.
}
blobs-owner = { $user } on { $site }: { $count ->
    [one] one entry
   *[other] { $count } entries
}
blobs-unowned = { $count ->
    [one] One entry belongs to no passkey on this key (a deleted passkey's, for example).
   *[other] { $count } entries belong to no passkey on this key (deleted passkeys', for example).
}
blobs-owners-need-pin = Which passkeys they belong to is shown with the PIN.
