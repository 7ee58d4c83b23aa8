# Words and phrases shared by many screens.

common-retries-left = { $count ->
    [one] { $count } attempt left
   *[other] { $count } attempts left
}
