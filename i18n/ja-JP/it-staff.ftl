# ガイドの IT 担当者向けページ。値 (OMA-URI、パス) はそのまま。

## Microsoft Entra 管理センターのラベル。下のメッセージが引用します。
## 日本語ラベルはローカライズ版 Microsoft Learn で未確認。
-ms-entra-id = Entra ID
-ms-security = セキュリティ
-ms-authentication-methods = 認証方法
-ms-policies = ポリシー
-ms-passkey-fido2 = パスキー (FIDO2)
-ms-enable-and-target = 有効化およびターゲット
-ms-configure = 構成
-ms-allow-self-service = セルフサービス セットアップを許可する
-ms-yes = はい
-ms-default-profile = 既定のパスキー プロファイル
-ms-enforce-attestation = 構成証明を適用する
-ms-wcd = Windows 構成デザイナー

it-staff-title = IT 担当者向け
it-staff-intro = ユーザーがセキュリティ キーを登録し、Windows にサインインできるようにするために管理者が設定すること。
it-staff-enable = セキュリティ キーを許可する
it-staff-enable-detail = Microsoft Entra 管理センターで { -ms-entra-id } > { -ms-security } > { -ms-authentication-methods } > { -ms-policies } >「{ -ms-passkey-fido2 }」を開きます。「{ -ms-enable-and-target }」で有効にし、必要なユーザーまたはグループを追加します。
it-staff-self-service = ユーザー自身によるキーの追加を許可
it-staff-self-service-detail = 「{ -ms-configure }」で「{ -ms-allow-self-service }」を「{ -ms-yes }」にします。そうしないと、方法が有効でもユーザーはセキュリティ情報ページでパスキーを追加できません。
it-staff-profiles = パスキー プロファイル
it-staff-profiles-detail = 「{ -ms-default-profile }」を含めて最大 { $max } 個のプロファイルを、それぞれ別のグループに割り当てられます。各プロファイルでは、パスキーの種類 (デバイス バインド、同期。セキュリティ キーはデバイス バインド)、「{ -ms-enforce-attestation }」(登録時に確認)、AAGUID によるモデルの許可またはブロックを設定します。注意: 以前許可した AAGUID を削除すると、登録済みのキーでもサインインできなくなります。
it-staff-restrict = キーのモデルを制限する (任意)
it-staff-restrict-detail = 同じポリシーのキーの制限で、AAGUID によってモデルを許可またはブロックできます。登録時とサインインのたびに適用されます。構成証明を必須にすると、FIDO メタデータにある FIDO 認定モデルだけが受け付けられます。このキーの AAGUID:
it-staff-windows = セキュリティ キーによる Windows サインイン
it-staff-windows-detail = Entra 参加済み PC には { $entra } 以降、ハイブリッド参加済み PC には { $hybrid } 以降が必要です。ブラウザーでのキーには { $browser } が必要で、Windows 10 1809 はキーでロック解除できません。ハイブリッド参加済み PC では、オンプレミス リソースへの FIDO2 サインインの設定も必要です。次の 3 つのいずれかで有効にします:
it-staff-intune = Intune (カスタム構成プロファイル)
it-staff-oma-uri = OMA-URI
it-staff-data-type = データ型
it-staff-value = 値
it-staff-provisioning = プロビジョニング パッケージ ({ -ms-wcd })
it-staff-setting = 設定
it-staff-group-policy = グループ ポリシー
it-staff-policy = ポリシー
it-staff-copy = コピー
it-staff-prepare = 他の人のためにキーを準備する
it-staff-prepare-detail = キーごとに、仮の PIN を設定し、PIN の最小文字数を引き上げ、PIN の変更を必須にします。新しい持ち主は最初に使うときに自分の PIN を選びます。仮の PIN はキーとは別に伝えてください。
it-staff-prepare-here = このキーを KeyGuide で準備:
it-staff-prepare-pin = PIN を設定
it-staff-prepare-settings = キーの設定
it-staff-prepare-cli = 複数のキーをまとめて準備するにはターミナルで (PIN は表示せずに読み取り、コマンドラインには置きません):
it-staff-script-prompt = 仮の PIN:
