# The guide's page for IT staff. Keep the names of Microsoft's settings as
# Microsoft shows them in your language where it translates them; the
# values (OMA-URI, paths) stay exactly as they are.

it-staff-title = For IT staff
it-staff-intro = What an administrator sets up so that people can register security keys and sign in to Windows with them.
it-staff-enable = Allow security keys
it-staff-enable-detail = In the Microsoft Entra admin center, open Authentication methods, then Policies, and enable “Passkey (FIDO2)” for the users who need it.
it-staff-restrict = Restrict key models (optional)
it-staff-restrict-detail = In the same policy, key restrictions allow or block models by AAGUID, both when a key is registered and at every sign-in. With attestation enforced, only FIDO certified models listed in the FIDO metadata are accepted. This key's AAGUID:
it-staff-windows = Windows sign-in with security keys
it-staff-windows-detail = Entra joined or hybrid joined devices with { $version } or later. Turn it on in one of three ways:
it-staff-intune = Intune (custom configuration profile)
it-staff-oma-uri = OMA-URI
it-staff-data-type = Data type
it-staff-value = Value
it-staff-provisioning = Provisioning package (Windows Configuration Designer)
it-staff-setting = Setting
it-staff-group-policy = Group Policy
it-staff-policy = Policy
it-staff-copy = Copy
it-staff-prepare = Preparing keys for others
it-staff-prepare-detail = For each key: set a temporary PIN, raise the minimum PIN length, and require a PIN change so the new owner chooses their own PIN at first use. Hand out the temporary PIN separately from the key.
it-staff-prepare-here = Do it for this key in KeyGuide:
it-staff-prepare-pin = Set the PIN
it-staff-prepare-settings = Key settings
it-staff-prepare-cli = Or for a row of keys, in a terminal (the PIN is read without showing it, never from the command line):
it-staff-script-prompt = Temporary PIN:
