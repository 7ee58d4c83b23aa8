# Words and phrases shared by many screens.

common-retries-left = { $count ->
    [one] { $count } attempt left
   *[other] { $count } attempts left
}
common-reading-key = Reading the key…
common-cancel = Cancel
common-back = Back
common-dismiss = Dismiss
common-saved = Saved.
common-copy = Copy
common-pin-retries-before-block = { $count ->
    [one] { $count } attempt left before the PIN is blocked.
   *[other] { $count } attempts left before the PIN is blocked.
}
common-save = Save
