## keyguide genuine: このキーは名乗っているモデルの本物か (src/genuine.rs)。

genuine-intro = KeyGuide はキーに架空のサイト向けのテストへの署名を求めます。キーには何も保存されません。
genuine-genuine = 本物の { $model } です。構成証明の証明書が FIDO メタデータにあるメーカーのルート証明書につながっています。
genuine-certified = FIDO 認定: { $level }。
genuine-not-certified = FIDO メタデータには、このモデルの認定が載っていません。
genuine-not-in-metadata = このモデル (AAGUID { $aaguid }) は FIDO メタデータに載っていないため、KeyGuide は確認できません。載っていない良いキーも多く、それだけで偽物とは限りません。
genuine-no-roots = FIDO メタデータには { $model } のルート証明書がないため、KeyGuide は確認できません。
genuine-no-certificate = キーが構成証明の証明書を送りませんでした (形式「{ $format }」)。そのため、どのモデルかを証明できません。証明書を送らないキーもあります。
genuine-failed = 確認できませんでした: { $reason } この確認に通らないキーは、偽物か改造されたものかもしれません。使う前に IT 部門かメーカーに問い合わせてください。
genuine-reason-malformed = キーの応答を読み取れませんでした ({ $detail })。
genuine-reason-signature = キーの署名が証明書と一致しません。
genuine-reason-certificate-rules = 証明書が FIDO の規則に反しています ({ $detail })。
genuine-reason-aaguid = 証明書が、キーの名乗るものとは別のモデルのものです。
genuine-reason-chain = 証明書が FIDO メタデータにある { $model } のルート証明書につながりません。
genuine-reason-expired = 証明書チェーンの中に、今日有効でない証明書があります。
genuine-reason-algorithm = KeyGuide が確認できない署名方式を使っています ({ $detail })。
genuine-busy = キーを確認しています…
