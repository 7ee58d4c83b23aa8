# ガイドの IT 担当者向けページ。値 (OMA-URI、パス) はそのまま。

it-staff-title = IT 担当者向け
it-staff-intro = ユーザーがセキュリティ キーを登録し、Windows にサインインできるようにするために管理者が設定すること。
it-staff-enable = セキュリティ キーを許可する
it-staff-enable-detail = Microsoft Entra 管理センターで「認証方法」、「ポリシー」を開き、必要なユーザーに対して「パスキー (FIDO2)」を有効にします。
it-staff-restrict = キーのモデルを制限する (任意)
it-staff-restrict-detail = 同じポリシーのキーの制限で、AAGUID によってモデルを許可またはブロックできます。登録時とサインインのたびに適用されます。構成証明を必須にすると、FIDO メタデータにある FIDO 認定モデルだけが受け付けられます。このキーの AAGUID:
it-staff-windows = セキュリティ キーによる Windows サインイン
it-staff-windows-detail = { $version } 以降の Entra 参加済みまたはハイブリッド参加済みデバイスが対象です。次の 3 つのいずれかで有効にします:
it-staff-intune = Intune (カスタム構成プロファイル)
it-staff-oma-uri = OMA-URI
it-staff-data-type = データ型
it-staff-value = 値
it-staff-provisioning = プロビジョニング パッケージ (Windows 構成デザイナー)
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
