/**
 * English words of the preferences window, spread into the English dictionary (en.ts). Help texts say where to
 * find things in the providers' dashboards; they are written for a shop owner, not for a developer.
 */
export const enPreferences = {
  'prefs.title': 'Preferences',
  'prefs.loading': 'Opening the preferences…',
  'prefs.failedTitle': 'The preferences cannot reach Kassa',
  'prefs.lockedTitle': 'The preferences are locked',
  'prefs.lockedText':
    'They lock themselves when the window is closed or after 15 minutes without use. To open them again, go to the till, tap Preferences and type an owner’s PIN.',
  'prefs.checkAgain': 'I have unlocked them at the till',
  'prefs.unlockedBy': 'Unlocked by {name}',
  'prefs.lock': 'Lock',
  'prefs.searchLabel': 'Search the preferences',
  'prefs.searchPlaceholder': 'Search settings',
  'prefs.searchClear': 'Clear the search',
  'prefs.sections': 'Sections',
  'prefs.secretsNotice': 'How this computer keeps payment provider keys',
  'prefs.noMatch': 'Nothing matches “{query}”.',
  'prefs.fieldsFound': 'Fields',
  'prefs.group.shop': 'Shop',
  'prefs.group.payments': 'Payments',
  'prefs.group.people': 'People and records',
  'prefs.group.setup': 'Set-up',
  'prefs.save': 'Save',
  'prefs.saving': 'Saving…',
  'prefs.saved': 'Saved.',
  'prefs.retry': 'Try again',
  'prefs.actions': 'Actions',
  'prefs.edit': 'Edit',
  'prefs.editNamed': 'Edit {name}',
  'prefs.remove': 'Remove',
  'prefs.removeNamed': 'Remove {name}',
  'prefs.yes': 'yes',
  'prefs.no': 'no',
  'prefs.on': 'On',
  'prefs.off': 'Off',

  'prefs.store.title': 'Store',
  'prefs.store.summary': 'The shop’s name, where it is, its currency, and how prices and cash are handled.',
  'prefs.store.keywords': 'shop business address tax vat rounding receipt header',
  'prefs.store.shopCard': 'The shop',
  'prefs.store.moneyCard': 'Money and tax',
  'prefs.store.formatCard': 'How money and dates are written',
  'prefs.store.name': 'Store name',
  'prefs.store.country': 'Country',
  'prefs.store.countryHint':
    'Where the shop is: it decides the cash rounding rule and which card providers can work.',
  'prefs.store.currency': 'Currency',
  'prefs.store.currencyChange.means':
    'Changing the currency from {from} to {to}: the catalog’s prices keep their numbers and are read in {to} from now on, so check them; new sales, cash and card payments are in {to}.',
  'prefs.store.currencyChange.keeps':
    'Not changed: orders already recorded ({count}) stay in {from}, with their payments and refunds, in History, on receipts and in the bookkeeping export.',
  'prefs.store.currencyChange.running':
    'Card payments or refunds still running ({count}) finish in the currency of their order.',
  'prefs.store.currencyChange.open':
    'Orders still open in {from} ({count}): finish or void them before you change the currency.',
  'prefs.store.currencyChange.confirm': 'I have read this: change the store’s currency to {to}',
  'prefs.store.currencyHint':
    'Prices, totals and cash are in this currency. It cannot change while an order is open.',
  'prefs.store.pricesIncludeTax': 'Prices include tax',
  'prefs.store.pricesIncludeTaxHint':
    'On for shops that label shelf prices with VAT included (most of Europe); off where tax is added at the till.',
  'prefs.store.rounding': 'Cash rounding',
  'prefs.store.roundingHint':
    'Cash totals are rounded to this step where coins are missing (Switzerland: 0.05). Card payments are never rounded.',
  'prefs.store.roundingCountry': 'The country’s rule ({step})',
  'prefs.store.roundingNone': 'No rounding',
  'prefs.store.roundingTo': 'Round to {step}',
  'prefs.store.locale': 'Locale',
  'prefs.store.localeHint':
    'Language and region, such as en-DE or pt-BR: it decides decimal marks, date order and the currency sign.',
  'prefs.store.preview': 'Looks like',
  'prefs.store.previewNone': 'Type a locale such as en-DE.',

  'prefs.language.title': 'Language',
  'prefs.language.summary': 'How money, dates and receipts are written, and the language of Kassa’s screens.',
  'prefs.language.keywords': 'locale translation english region format',
  'prefs.language.formatCard': 'Store locale',
  'prefs.language.locale': 'Store locale',
  'prefs.language.uiCard': 'Language of the screens',
  'prefs.language.ui': 'Kassa’s language',
  'prefs.language.uiHint':
    'Your language on this till’s screens. Each staff member chooses their own from the till’s header; receipts follow the store locale.',

  'prefs.currencies.title': 'Currencies and exchange rates',
  'prefs.currencies.summary':
    'The store’s currency, the currency each Stripe profile is paid out in, and the rates for converting between them.',
  'prefs.currencies.keywords': 'exchange rate conversion foreign currency settlement payout',
  'prefs.currencies.storeCurrency': 'Store currency',
  'prefs.currencies.changeInStore': 'Change it under Store',
  'prefs.currencies.settlement': 'Settlement currencies',
  'prefs.currencies.settlementText': 'Each Stripe profile is paid out in its settlement currency.',
  'prefs.currencies.noRate': 'No exchange rate for {currency} yet: add one below.',
  'prefs.currencies.rates': 'Exchange rates',
  'prefs.currencies.ratesText':
    'How many units of a currency one {currency} buys. An order in another currency shows both amounts and records the rate used.',
  'prefs.currencies.noRates': 'No exchange rates yet.',
  'prefs.currencies.colCurrency': 'Currency',
  'prefs.currencies.colRate': 'Rate',
  'prefs.currencies.colDate': 'Date of the rate',
  'prefs.currencies.colUpdated': 'Saved',
  'prefs.currencies.rateLine': '1 {store} = {rate} {currency}',
  'prefs.currencies.addRate': 'Add a rate',
  'prefs.currencies.editRate': 'Change the rate for {currency}',
  'prefs.currencies.rateLabel': '{currency} for 1 {store}',
  'prefs.currencies.rateHint': 'With a dot, up to 10 decimals, e.g. 1.0834.',
  'prefs.currencies.saveRate': 'Save the rate',
  'prefs.currencies.helpTitle': 'About the rates',
  'prefs.currencies.helpRate':
    'Type the rate your bank or the central bank publishes: units of the other currency for one {currency}. Kassa keeps one rate per currency, with its date.',
  'prefs.currencies.helpSettlement':
    'When a Stripe profile is paid out in another currency than the store’s, the amount sent to Stripe is converted with this table.',

  'prefs.terminals.title': 'Payment terminals',
  'prefs.terminals.summary': 'Which card terminal providers this shop uses.',
  'prefs.terminals.keywords': 'card reader terminal enable provider stripe mercado pago point',
  'prefs.terminals.card': 'Providers',
  'prefs.terminals.stripe': 'Stripe Terminal',
  'prefs.terminals.stripeHint':
    'Card readers on your Stripe account (WisePOS E, S700). Off: the till hides every Stripe payment method.',
  'prefs.terminals.mercadoPago': 'Mercado Pago Point',
  'prefs.terminals.mercadoPagoHint':
    'Point Smart terminals in Argentina, Brazil, Mexico and Chile. Off: the till hides every Mercado Pago payment method.',
  'prefs.terminals.next': 'Then give each reader or terminal a payment method under',

  'prefs.profiles.title': 'Stripe profiles',
  'prefs.profiles.summary':
    'The Stripe accounts this shop takes money with. Every save checks the key with Stripe; Live and Active come from Stripe’s answer.',
  'prefs.profiles.keywords':
    'stripe account api key secret restricted publishable live test production verify',
  'prefs.profiles.add': 'Add a profile',
  'prefs.profiles.listTitle': 'Profiles',
  'prefs.profiles.none': 'No Stripe profile yet.',
  'prefs.profiles.colName': 'Profile',
  'prefs.profiles.colKey': 'Secret key',
  'prefs.profiles.colCurrency': 'Settles in',
  'prefs.profiles.colLive': 'Live',
  'prefs.profiles.colActive': 'Active',
  'prefs.profiles.colVerified': 'Last checked',
  'prefs.profiles.builtIn': 'Built in · ',
  'prefs.profiles.productionTag': 'Production',
  'prefs.profiles.testTag': 'Test',
  'prefs.profiles.methodCount':
    '{count, plural, =0 {Not used by a payment method yet} one {Used by # payment method} other {Used by # payment methods}}',
  'prefs.profiles.verify': 'Verify',
  'prefs.profiles.verifyNamed': 'Verify {name}',
  'prefs.profiles.verifying': 'Checking…',
  'prefs.profiles.verdict': '{name}: Stripe accepted the key. Live: {live}. Active: {active}.',
  'prefs.profiles.removed': '{name} was removed.',
  'prefs.profiles.removeTitle': 'Remove {name}?',
  'prefs.profiles.removeText':
    'The stored key is deleted from this till. Payments already taken with the profile stay as they are.',
  'prefs.profiles.newTitle': 'New Stripe profile',
  'prefs.profiles.editTitle': 'Change {name}',
  'prefs.profiles.name': 'Profile name',
  'prefs.profiles.nameHint': 'Your name for the account, e.g. “Shop” or “Online orders”.',
  'prefs.profiles.accountId': 'Account id',
  'prefs.profiles.accountIdHint':
    'Optional: Stripe tells Kassa when the key is checked. Found in the dashboard under Settings → Account details (acct_…).',
  'prefs.profiles.secretKey': 'Secret or restricted key',
  'prefs.profiles.secretKeyHint':
    'From Developers → API keys: the secret key (sk_…) or a restricted key (rk_…). It is stored encrypted and never shown again.',
  'prefs.profiles.secretKeyStored':
    'Stored: {hint}. Leave the field empty to keep it, or paste a new key to replace it.',
  'prefs.profiles.publishableKey': 'Publishable key',
  'prefs.profiles.publishableKeyHint':
    'Optional, and not needed for card readers: only for paying by link. Starts with pk_. Leave it empty to remove it.',
  'prefs.profiles.settlementCurrency': 'Settlement currency',
  'prefs.profiles.settlementCurrencyHint': 'The currency Stripe pays this account out in.',
  'prefs.profiles.production': 'Production profile',
  'prefs.profiles.productionHint':
    'Takes real money: only live keys (sk_live_, rk_live_, pk_live_) are accepted. Switch it off to try things with test keys.',
  'prefs.profiles.saveAndVerify': 'Save and verify',
  'prefs.profiles.helpTitle': 'Where to find the keys',
  'prefs.profiles.helpKeys':
    'In the Stripe dashboard, open Developers → API keys (or type “API” in its search bar). Click a key to copy it and paste it here.',
  'prefs.profiles.helpAccount':
    'The account id is under Settings → Account details, next to the account’s name.',
  'prefs.profiles.helpProduction':
    'A shop taking real money needs live keys: switch off “Test mode” in the dashboard first. Test keys (…_test_…) belong in a profile without “production”. Test and live keys never go in the same profile.',
  'prefs.profiles.helpTerminal':
    'For card readers only the secret key is needed. A restricted key works if it may read the balance and use Terminal.',
  'prefs.profiles.helpFlags':
    'Live: Stripe says the key takes real money. Active: the key worked the last time Kassa checked it. A key that was rolled or deleted makes the profile inactive until a new one is saved.',

  'prefs.readers.title': 'Stripe readers and locations',
  'prefs.readers.summary':
    'The card readers of the connected Stripe account, where they are, and which method uses each.',
  'prefs.readers.keywords': 'card reader registration code location serial wisepos s700 battery wifi',
  'prefs.readers.helpTitle': 'Setting up a reader',
  'prefs.readers.helpCode':
    'On the reader, swipe from the left, open Settings, type the admin PIN (07139 unless changed) and choose “Generate pairing code”: that is the registration code.',
  'prefs.readers.helpSerial': 'The serial number is on a label under the reader and in the Stripe dashboard.',
  'prefs.readers.helpNetwork':
    'Readers need a secure Wi-Fi network shared with this till, and at least 10 % battery. Stripe takes no card payment under 0.50.',
  'prefs.readers.helpDashboard':
    'You can also add locations and readers in the Stripe dashboard under Payments → Readers → Locations.',

  'prefs.mp.title': 'Mercado Pago',
  'prefs.mp.summary':
    'The Mercado Pago account of your Point Smart terminals, and the mode each terminal runs in.',
  'prefs.mp.keywords': 'mercado pago point smart access token webhook secret terminal serial pdv standalone',
  'prefs.mp.credentials': 'Credentials',
  'prefs.mp.source.saved': 'Kassa uses the credentials saved here.',
  'prefs.mp.source.environment':
    'Kassa uses credentials IT set for this till (KASSA_MP_ACCESS_TOKEN). A token saved here replaces them at once; removing it goes back to them.',
  'prefs.mp.source.demo':
    'Demo mode: a simulated Mercado Pago account stands in until you save real credentials, and again if you remove them.',
  'prefs.mp.source.none': 'No Mercado Pago account is set up yet.',
  'prefs.mp.accessToken': 'Access token',
  'prefs.mp.accessTokenHint':
    'Starts with APP_USR- (production) or TEST- (test credentials). Stored encrypted and never shown again.',
  'prefs.mp.storedHint': 'Stored: {hint} ({mode}). Leave the field empty to keep it.',
  'prefs.mp.storedSecretHint': 'Stored: {hint}. Leave the field empty to keep it.',
  'prefs.mp.production': 'production',
  'prefs.mp.test': 'test credentials',
  'prefs.mp.removeToken': 'Remove the stored access token',
  'prefs.mp.webhookSecret': 'Webhook secret key',
  'prefs.mp.webhookSecretHint':
    'Lets Kassa check that notifications really come from Mercado Pago. Without it Kassa asks for the result itself.',
  'prefs.mp.removeSecret': 'Remove the stored webhook secret',
  'prefs.mp.country': 'Country of the account',
  'prefs.mp.countryHint': 'Decides the currency and the amount limits of terminal payments.',
  'prefs.mp.country.AR': 'Argentina',
  'prefs.mp.country.BR': 'Brazil',
  'prefs.mp.country.MX': 'Mexico',
  'prefs.mp.country.CL': 'Chile',
  'prefs.mp.applied': 'Saved. The next Mercado Pago payment uses these settings; no restart needed.',
  'prefs.mp.terminals': 'Terminals',
  'prefs.mp.terminalsText':
    'Verify asks Mercado Pago for the terminals of this account. Kassa can only send payments to a terminal in integrated (PDV) mode.',
  'prefs.mp.verify': 'Verify and list terminals',
  'prefs.mp.checking': 'Asking Mercado Pago…',
  'prefs.mp.noTerminals':
    'Mercado Pago lists no terminal for this account. Link the terminal to the account and to a store and cash register first.',
  'prefs.mp.colSerial': 'Serial number',
  'prefs.mp.colModel': 'Model',
  'prefs.mp.colMode': 'Operating mode',
  'prefs.mp.colMethod': 'Payment method',
  'prefs.mp.integrated': 'Integrated (PDV)',
  'prefs.mp.mode.PDV': 'Integrated (PDV)',
  'prefs.mp.mode.STANDALONE': 'Standalone',
  'prefs.mp.mode.UNDEFINED': 'Unknown mode',
  'prefs.mp.switch': 'Switch to integrated mode',
  'prefs.mp.helpTitle': 'Where to find the credentials',
  'prefs.mp.helpApp':
    'Log in to Mercado Pago Developers, open “Your integrations” and create an application for in-person payments with Point.',
  'prefs.mp.helpToken':
    'Access token: in the application, under Production → Production credentials, activate them and copy the token (APP_USR-…).',
  'prefs.mp.helpWebhook':
    'Webhook secret: under Notifications → Webhooks, choose production mode and copy the secret signature it shows.',
  'prefs.mp.helpSerial':
    'Terminal serial number: on the label on the back of the terminal. Type it into the payment method that uses the terminal.',
  'prefs.mp.helpSwitch':
    'Saving takes effect at once. Kassa does not save a new access token while a Mercado Pago payment or refund is in progress: finish or cancel it, then save again.',
  'prefs.mp.helpStandalone':
    'A terminal in standalone mode takes no payments from Kassa. Switch it to integrated mode here, then restart the terminal.',

  'prefs.methods.title': 'Payment methods',
  'prefs.methods.summary':
    'What the till’s payment screen offers, in this order. A terminal method sends the amount to its card reader or terminal.',
  'prefs.methods.keywords':
    'payment method cash card voucher journal bank terminal reader serial account order',
  'prefs.methods.add': 'Add a payment method',
  'prefs.methods.listTitle': 'Methods',
  'prefs.methods.listText': 'Move a method up or down to change its place on the payment screen.',
  'prefs.methods.colOrder': 'Order',
  'prefs.methods.colName': 'Method',
  'prefs.methods.colTerminal': 'Terminal',
  'prefs.methods.colCustomer': 'Customer',
  'prefs.methods.colAccounts': 'Accounts',
  'prefs.methods.colActive': 'Active',
  'prefs.methods.moveUp': 'Move {name} up',
  'prefs.methods.moveDown': 'Move {name} down',
  'prefs.methods.journal.cash': 'Cash',
  'prefs.methods.journal.bank': 'Bank',
  'prefs.methods.terminal.none': 'None',
  'prefs.methods.terminal.stripe': 'Stripe',
  'prefs.methods.terminal.mercadopago': 'Mercado Pago',
  'prefs.methods.usesProfile': 'Profile: {name}',
  'prefs.methods.terminalOff': 'Provider switched off: hidden at the till',
  'prefs.methods.required': 'Required',
  'prefs.methods.notRequired': 'Not needed',
  'prefs.methods.outstandingShort': 'Outstanding',
  'prefs.methods.intermediaryShort': 'Intermediary',
  'prefs.methods.default': '(default)',
  'prefs.methods.savedNamed': '“{name}” is saved. The till shows it the next time the payment screen opens.',
  'prefs.methods.newTitle': 'New payment method',
  'prefs.methods.editTitle': 'Change {name}',
  'prefs.methods.name': 'Method name',
  'prefs.methods.nameHint': 'As the cashier sees it on the payment screen, e.g. “Card (counter 1)”.',
  'prefs.methods.journal': 'Journal',
  'prefs.methods.journalHint':
    'Cash goes into the drawer; everything else, terminal payments included, is a bank method.',
  'prefs.methods.terminal': 'Payment terminal',
  'prefs.methods.terminalHint':
    'Stripe or Mercado Pago sends the amount to a card reader; none records the payment only.',
  'prefs.methods.terminalOffHint':
    'This provider is switched off under Payment terminals: the method stays hidden at the till until it is on.',
  'prefs.methods.terminalRef': 'Reader or terminal serial number',
  'prefs.methods.readerSerial': 'Stripe reader serial number',
  'prefs.methods.readerSerialHint':
    'On a label under the reader, or in the Stripe dashboard. Each reader belongs to one method only.',
  'prefs.methods.terminalSerial': 'Terminal serial number',
  'prefs.methods.terminalSerialHint':
    'On the label on the back of the terminal. Each terminal belongs to one method only.',
  'prefs.methods.profile': 'Stripe profile',
  'prefs.methods.profileHint':
    'The account whose key takes the payment. Connect the profile before using the method.',
  'prefs.methods.profileChoose': 'Choose a profile',
  'prefs.methods.profileInactive': '(inactive)',
  'prefs.methods.identifyCustomer': 'Identify customer',
  'prefs.methods.identifyCustomerHint':
    'Offered only when a customer is on the order, e.g. pay on account. Leave it off so anybody can pay this way.',
  'prefs.methods.voucher': 'Voucher',
  'prefs.methods.voucherHint':
    'Paid with a voucher or gift card: a return gives this money back as voucher credit.',
  'prefs.methods.outstandingAccount': 'Outstanding account',
  'prefs.methods.intermediaryAccount': 'Intermediary account',
  'prefs.methods.accountHint': 'Leave empty to use the default account {code}.',
  'prefs.methods.active': 'Active',
  'prefs.methods.activeHint': 'Off: the method disappears from the payment screen; past payments keep it.',
  'prefs.methods.helpTitle': 'Setting up a method',
  'prefs.methods.helpTerminal':
    'For a card reader: switch the provider on under Payment terminals, then create a method with the journal “Bank” and the payment terminal Stripe or Mercado Pago.',
  'prefs.methods.helpSerial':
    'Find the reader’s serial number under the device or in the provider’s dashboard.',
  'prefs.methods.helpCustomer':
    '“Identify customer” keeps the method for customers the cashier has put on the order; others cannot choose it.',
  'prefs.methods.helpAccounts':
    'The outstanding and intermediary accounts can stay empty: the defaults are used, and receipts and exports say which account was used.',
  'prefs.methods.helpOrder':
    'The payment screen shows active methods top to bottom in the order of this list.',

  'prefs.staff.title': 'Staff',
  'prefs.staff.summary': 'Who may work the till, their role, and their PIN.',
  'prefs.staff.keywords': 'staff cashier manager owner pin role employee user sign in',
  'prefs.staff.add': 'Add a staff member',
  'prefs.staff.listTitle': 'Staff members',
  'prefs.staff.name': 'Name',
  'prefs.staff.role': 'Role',
  'prefs.staff.roleHint.cashier': 'Sells and takes payments.',
  'prefs.staff.roleHint.manager':
    'Also approves overrides: force done, refunds and discounts over the limit, no sale.',
  'prefs.staff.roleHint.owner': 'Also opens these preferences.',
  'prefs.staff.colPin': 'PIN',
  'prefs.staff.pin': 'PIN',
  'prefs.staff.newPin': 'New PIN',
  'prefs.staff.pinHint': '4 to 8 digits, which only this person knows.',
  'prefs.staff.pinKeep': 'Leave empty to keep the current PIN.',
  'prefs.staff.pinSet': 'Set',
  'prefs.staff.pinMissing': 'Not set',
  'prefs.staff.lockedUntil': 'Locked until {time}',
  'prefs.staff.active': 'Active',
  'prefs.staff.activeHint': 'Off: the person can no longer sign in. Their past sales keep their name.',
  'prefs.staff.newTitle': 'New staff member',
  'prefs.staff.editTitle': 'Change {name}',
  'prefs.staff.savedNamed': '{name} is saved.',
  'prefs.staff.helpTitle': 'Roles and PINs',
  'prefs.staff.helpRoles':
    'Cashiers sell. Managers also approve overrides with their PIN. Owners also open the preferences. Keep at least one active owner.',
  'prefs.staff.helpPin':
    'PINs are stored as salted hashes: nobody, not even the owner, can read them back. Give a forgotten PIN a new value here.',
  'prefs.staff.helpLock':
    'Five wrong PINs in a row lock the person for 30 seconds, and each further wrong PIN doubles the wait.',

  'prefs.approvals.title': 'Manager approval',
  'prefs.approvals.summary': 'How far a cashier may go alone with discounts and refunds.',
  'prefs.approvals.keywords': 'override limit discount refund manager PIN approve cashier permission',
  'prefs.approvals.card': 'Limits for cashiers',
  'prefs.approvals.discountPercent': 'Largest discount a cashier may give (%)',
  'prefs.approvals.discountHint':
    'Counted per item, order discounts included. 100 means no discount needs a manager; 0 means every one does.',
  'prefs.approvals.refundLimit': 'Largest refund a cashier may give ({currency})',
  'prefs.approvals.refundLimitField': 'Largest refund a cashier may give',
  'prefs.approvals.refundHint': '0 means every refund needs a manager.',
  'prefs.approvals.percentFormat': 'Type the discount limit as a whole percentage from 0 to 100, e.g. 20.',
  'prefs.approvals.helpTitle': 'How approval works',
  'prefs.approvals.help1':
    'When a cashier goes over a limit, the till asks for the PIN of a manager or owner before the sale or refund goes through. A manager or owner signed in at the till approves their own.',
  'prefs.approvals.help2':
    'Every approval is written to the audit log with who approved it, for which order and how much. Force done on a card payment always needs a manager.',
  'prefs.audit.title': 'Audit log',
  'prefs.audit.summary':
    'Every change to the settings and every override: who, when, and what changed. Secrets are masked.',
  'prefs.audit.keywords': 'audit log history changes who when override',
  'prefs.audit.refresh': 'Refresh',
  'prefs.audit.colWhen': 'When',
  'prefs.audit.colWho': 'Who',
  'prefs.audit.colWhat': 'What',
  'prefs.audit.colDetails': 'Details',
  'prefs.audit.system': 'Kassa',
  'prefs.audit.none': 'Nothing has been recorded yet.',
  'prefs.audit.older': 'Show older entries',

  'prefs.provisioning.title': 'Store provisioning',
  'prefs.provisioning.summary': 'Set up this till from a store configuration file prepared by IT.',
  'prefs.provisioning.keywords': 'import provisioning configuration file json schema it setup',
  'prefs.provisioning.importCard': 'Import a store configuration file',
  'prefs.provisioning.importText':
    'Store, tax rates, payment methods, providers, staff names and roles, products: all of it or nothing. Keys and PINs already set are kept.',
  'prefs.provisioning.choose': 'Choose a file…',
  'prefs.provisioning.importing': 'Importing…',
  'prefs.provisioning.file': 'Store configuration file (.json)',
  'prefs.provisioning.notJson': 'This file is not JSON: {reason}',
  'prefs.provisioning.imported': '{file} was imported.',
  'prefs.provisioning.countMethods': 'Payment methods: {count}',
  'prefs.provisioning.countTaxRates': 'Tax rates: {count}',
  'prefs.provisioning.countStaff': 'Staff members added: {count}',
  'prefs.provisioning.countCategories': 'Categories: {count}',
  'prefs.provisioning.countProducts': 'Products: {count}',
  'prefs.provisioning.staffPins': 'New staff members have no PIN yet: give each one a PIN under Staff.',
  'prefs.provisioning.refused': '{file} was not imported; nothing was changed.',
  'prefs.provisioning.where': 'In the file at: {where}',
  'prefs.provisioning.helpTitle': 'For IT',
  'prefs.provisioning.helpWhat':
    'A store file describes a shop: store, country, currency, locale, enabled providers, tax rates, payment methods, Stripe profiles without keys, staff without PINs.',
  'prefs.provisioning.helpSchema':
    'Its JSON Schema ships as resources/store-config.schema.json: point your editor at it to check a file before importing.',
  'prefs.provisioning.helpSecrets':
    'Files carry no secrets: paste API keys under Stripe profiles and Mercado Pago, and give staff their PINs under Staff.',
  'prefs.provisioning.helpBuild':
    'A per-store build can instead carry the file as resources/store-config.json: Kassa imports it at its first start.',

  'prefs.export.title': 'Bookkeeping export',
  'prefs.export.summary':
    'The payments and refunds of the days you choose, as a CSV file for the accountant, with the accounts each was booked to.',
  'prefs.export.keywords':
    'export csv file accountant bookkeeping accounting account codes payments refunds download',
  'prefs.export.card': 'Payments and refunds',
  'prefs.export.cardText': 'Choose the days, then download the file and hand it to your accountant.',
  'prefs.export.from': 'First day',
  'prefs.export.to': 'Last day',
  'prefs.export.rangeHint': 'Both days are included; one file covers at most 366 days.',
  'prefs.export.download': 'Download CSV',
  'prefs.export.preparing': 'Preparing the file…',
  'prefs.export.done':
    '{file} holds {count, plural, one {# payment or refund} other {# payments and refunds}}: keep it where your accountant can find it.',
  'prefs.export.none': 'There are no payments or refunds on these days: {file} holds only the column names.',
  'prefs.export.helpTitle': 'What the file holds',
  'prefs.export.helpRows':
    'One row per payment of a paid order, at the time the order was paid, and one per refund to a card, at the time it went through. Open and voided orders are left out. Days run from midnight to midnight on this till’s clock.',
  'prefs.export.helpColumns':
    'Each row gives the order number, the payment method and its journal (cash or bank), the amount with a dot before the cents, the currency, the card brand and last 4 digits, and the outstanding and intermediary accounts the payment was booked to.',
  'prefs.export.helpDefaults':
    'A payment method whose account codes are empty uses the defaults: {cash} for cash, {bank} for card and other bank payments, and {intermediary} as the intermediary account. The “Default accounts” column says where that was the case.',
  'prefs.export.helpReconcile':
    'A card payment recorded on a manager’s word (force done) says “yes” under “Needs reconciliation” until the provider confirms it.',
} as const;
