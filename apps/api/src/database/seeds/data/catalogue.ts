/**
 * Course catalogue seed: ten cybercrime-investigation courses with modules, lessons (markdown) and
 * assessment question banks. Pure data: no database access, no side effects.
 *
 * - `code` is unique and stable (it is the natural key the seeder upserts on).
 * - `topics` come from TOPICS (the same tags as trainer skills, so the matcher can pair them).
 * - `languages` are BCP 47 tags in which the course can be delivered; English is always offered.
 * - Lesson bodies are markdown without raw HTML; the only addresses are official sites, as plain text.
 * - `correct` holds zero-based option indexes: exactly one for single_choice and true_false,
 *   two or more for multiple_choice.
 */
import type { Topic } from './trainers';

export type CourseLevel = 'foundation' | 'intermediate' | 'advanced';

export interface LessonSeed {
  title: string;
  minutes: number;
  /** Markdown. */
  body: string;
}

export interface ModuleSeed {
  title: string;
  lessons: LessonSeed[];
}

export type QuestionSeed =
  | { kind: 'single_choice'; prompt: string; options: string[]; correct: number[] }
  | { kind: 'multiple_choice'; prompt: string; options: string[]; correct: number[] }
  | { kind: 'true_false'; prompt: string; options: ['True', 'False']; correct: [0] | [1] };

export interface AssessmentSeed {
  /** Percent. */
  passMark: number;
  attemptLimit: number;
  questionsPerAttempt: number;
  timeLimitMinutes: number | null;
  questions: QuestionSeed[];
}

export interface CourseSeed {
  code: string;
  title: string;
  /** One to three sentences. */
  summary: string;
  level: CourseLevel;
  topics: Topic[];
  /** BCP 47 tags. */
  languages: string[];
  hours: number;
  status: 'published' | 'draft';
  modules: ModuleSeed[];
  assessment: AssessmentSeed;
}

// ─────────────────────────────────────────────────────────────────────────────
// FR-101 First response
// ─────────────────────────────────────────────────────────────────────────────

const FIRST_RESPONSE: CourseSeed = {
  code: 'FR-101',
  title: 'First Responder to Cybercrime Scenes',
  summary:
    'What the first officer on scene must do — and must not do — so that digital evidence survives to reach the laboratory and the court. Covers securing the scene, volatile data, seizure and packaging of devices, and the chain of custody.',
  level: 'foundation',
  topics: ['first-response', 'digital-forensics', 'e-evidence'],
  languages: ['en', 'uk', 'ru', 'pt-BR', 'es', 'zh-CN'],
  hours: 12,
  status: 'published',
  modules: [
    {
      title: 'Securing a digital scene',
      lessons: [
        {
          title: 'Arriving at a scene with digital evidence',
          minutes: 20,
          body: `## Arriving at a scene with digital evidence

The first minutes decide whether digital evidence can be used later. Your goal is to **freeze the scene** as you found it, not to investigate it.

### On arrival
- **Ensure safety first.** Check for people, weapons and electrical hazards before thinking about devices.
- **Separate people from devices.** Ask everyone to step away from keyboards, phones and routers. A suspect can wipe a phone or trigger an encryption lock in seconds.
- **Do not touch, browse or "just check"** a device. Every click changes timestamps and may destroy data or start remote deletion.
- **Photograph before you move anything**: the room, each screen, cables, and the back of every computer.

### Ask, and write down the answers
- Who uses each device, and are there passwords, PINs or pattern locks?
- Is there Wi-Fi, cloud storage, a remote backup or a second location?
- Are any devices encrypted or set to wipe automatically?

### Practical checklist
1. Scene safe and people separated from devices.
2. Nobody (including colleagues) operates a device.
3. Overview and close-up photographs taken.
4. Passwords and user information recorded in your notebook.
5. Specialist (digital forensics unit) informed if a device is running or encrypted.`,
        },
        {
          title: 'Recognising sources of digital evidence',
          minutes: 20,
          body: `## Recognising sources of digital evidence

Digital evidence is rarely only "the computer". Officers who search only for laptops leave most of the evidence behind.

### Common sources
- **Computers**: desktops, laptops, servers, and the external drives and NAS boxes beside them.
- **Mobile devices**: phones, tablets, smart watches, and their SIM and memory cards.
- **Removable media**: USB sticks (often disguised as key rings or pens), SD cards, optical discs.
- **Network equipment**: routers and Wi-Fi access points can hold logs and lists of connected devices.
- **Other devices**: game consoles, smart TVs, cameras, drones, car infotainment units, point-of-sale terminals and card skimmers.
- **Written material**: notes with passwords, recovery phrases for cryptocurrency wallets, printed QR codes. These are often the key to everything else.

### Cloud and remote data
Much of the evidence lives on remote servers. Note every **account name, e-mail address and service** you see on screens or in paperwork so that investigators can send **preservation requests** quickly.

### Example
In a fraud search, a small paper card in a wallet listed 24 English words. It was a **seed phrase** giving control of a cryptocurrency wallet worth more than all the seized cash. Treat such notes as high-value exhibits: photograph them in place, seize them, and never type them into any device yourself.`,
        },
      ],
    },
    {
      title: 'Volatile data and seizure',
      lessons: [
        {
          title: 'Order of volatility: what disappears first',
          minutes: 25,
          body: `## Order of volatility: what disappears first

Some evidence only exists while a device is switched on. Internet standard RFC 3227 lists data from **most to least volatile**:

1. CPU registers and cache
2. Routing and ARP tables, running processes, network connections, **memory (RAM)**
3. Temporary file systems
4. Disk storage
5. Remote logging and monitoring data
6. Physical configuration and network topology
7. Archived media such as backups

### Why RAM matters
Memory can hold **encryption keys**, open chat sessions, passwords, decrypted documents and evidence of malware that never touches the disk. Once power is lost, it is gone.

### What the first responder does
- If a computer is **on**, do not shut it down yourself. Photograph the screen and call a trained specialist, who may capture memory with an approved tool before shutdown.
- If encryption software (for example BitLocker or VeraCrypt) or an open cryptocurrency wallet is visible, **say so immediately**: a shutdown may make the data unreadable.
- If a computer is **off**, leave it off. Do not switch it on "to see what is there".

### Checklist
- Screen photographed, time noted.
- Encryption or remote-access software noted.
- Specialist decision recorded: live capture, or shutdown method.`,
        },
        {
          title: 'Seizing computers and mobile phones',
          minutes: 30,
          body: `## Seizing computers and mobile phones

Seizure rules depend on your national procedures, but the principles below are widely accepted.

### Computers
- **Switched off**: keep it off. Label and disconnect cables, photographing each connection first.
- **Switched on, no specialist available, no encryption suspected**: for a desktop, follow your unit's procedure, which is often to **remove the power cable from the back of the computer**, not at the wall, to avoid a normal shutdown that writes to the disk.
- **Servers and business systems**: never pull the plug without specialist advice; you may destroy evidence and harm a business.

### Mobile phones
- **If it is on, keep it on.** A phone that has been unlocked since boot keeps more data accessible than one that is restarted.
- **Isolate it from networks** to prevent remote wiping: use a **Faraday bag** or box, and put a power bank inside with it, because a phone searching for a signal drains its battery fast.
- Note whether the screen is locked and any notifications visible, then photograph them.
- **Never guess a passcode**: repeated failures can lock or erase the device.
- Seize chargers and cables, and record the SIM and any memory card.

### Example
Officers who left a seized phone on a desk "to check later" found it factory-reset an hour later by an accomplice's remote command. A Faraday bag would have prevented it.`,
        },
        {
          title: 'Packaging, labelling and transport',
          minutes: 15,
          body: `## Packaging, labelling and transport

Correct packaging protects the device and proves that nobody has tampered with it.

### Packaging
- Use **anti-static bags** for hard drives and circuit boards, and **Faraday bags** for phones and tablets.
- Avoid ordinary plastic bags for bare electronics: they build up static electricity.
- Place each item in **its own package**; wrap fragile items and fill empty space in boxes.
- Keep seed phrases, notes and passwords in separate paper envelopes.

### Sealing and labelling
- Seal every package with **tamper-evident tape** and **sign across the seal**.
- The label shows: **exhibit number**, description (make, model, serial number), place, date and time of seizure, and the name of the seizing officer.
- Record the same exhibit number in your notes and on the seizure record.

### Transport and storage
- Keep exhibits away from **magnets, heat, moisture and radio transmitters** (for example a police radio in the car boot).
- Do not leave exhibits in a vehicle unattended.
- Deliver them to the evidence store or laboratory promptly and get a **signature for the handover**.

### Checklist
1. One item per package, correct bag type.
2. Sealed, signed, labelled with the exhibit number.
3. Power bank inside Faraday bags for phones that are on.
4. Handover signed and timed.`,
        },
      ],
    },
    {
      title: 'Documentation and chain of custody',
      lessons: [
        {
          title: 'Chain of custody',
          minutes: 20,
          body: `## Chain of custody

The **chain of custody** is the documented, unbroken record of who had an exhibit, when, where and why, from seizure until it is presented in court. If a defence lawyer can show a gap, a judge may exclude the evidence even if nothing was changed.

### What the record must show
- **Who** seized the item, and every person who later held it.
- **When** each transfer happened (date and time).
- **Where** the item was kept (evidence store, laboratory, courtroom).
- **Why** it was moved (examination, copying, return to owner).
- **Condition** of the seal at each transfer: intact, or opened and re-sealed by whom.

![From seizure to court: five hand-overs, each signed by giver and receiver, with the hash checked in the laboratory](/lessons/chain-of-custody.svg "The exhibit's journey =720x300")

### Digital evidence adds a step
When the laboratory creates a forensic image, it records a **hash value** (for example SHA-256) of the original and of the copy. The hash links the copy mathematically to the exhibit, so later analysis can be trusted.

### Common mistakes
- Exhibits passed between colleagues "just for a moment" without a signature.
- Seals broken and not re-sealed or recorded.
- Different exhibit numbers used in notes, labels and forms.

### Checklist
1. A custody form travels with each exhibit.
2. Every transfer has two signatures: giver and receiver.
3. Seal condition recorded at each transfer.
4. Exhibit number identical everywhere.`,
        },
        {
          title: 'Scene notes and handover to investigators',
          minutes: 15,
          body: `## Scene notes and handover to investigators

Your notes are evidence. They are often read by the examiner before the device is opened, and by the court months later.

### Good scene notes are
- **Contemporaneous**: written at the time, not reconstructed later.
- **Factual**: what you saw and did, with times, not what you assume.
- **Complete**: including mistakes. If you accidentally touched a keyboard, write it down with the time. An honest note protects the evidence; a hidden mistake destroys credibility.

### What to record
- Arrival time, people present, and who used which device.
- The state of each device: on or off, screen content, lights, cables, network connections.
- Passwords, PINs and account names obtained, and from whom.
- Photographs taken (numbers and subjects).
- Every action on a device: by whom, when, and why.

### Handover
Give the investigator or forensic unit a short summary:
- the list of exhibits with numbers;
- devices that were running or encrypted;
- accounts and cloud services that need **urgent preservation requests**;
- anything unusual, such as a device that received a remote command.

### Example entry
"14:32 Laptop (exhibit AB/3) on, screen shows a VeraCrypt window with a mounted volume. Not touched. Specialist called 14:34."`,
        },
      ],
    },
  ],
  assessment: {
    passMark: 70,
    attemptLimit: 3,
    questionsPerAttempt: 6,
    timeLimitMinutes: 20,
    questions: [
      {
        kind: 'single_choice',
        prompt: "You arrive at a search and find a suspect's mobile phone switched on and locked. What should you do?",
        options: [
          'Switch it off to preserve the battery',
          'Keep it on and isolate it from networks in a Faraday bag with a power bank',
          "Try the suspect's date of birth as the PIN",
          'Remove the SIM card and leave the phone on the table',
        ],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'According to RFC 3227, which of these is the most volatile?',
        options: ['Backup tapes', 'Data on the hard disk', 'Contents of memory (RAM)', 'Remote log servers'],
        correct: [2],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which details belong on the label of a sealed exhibit? (Choose all that apply.)',
        options: [
          'Exhibit number',
          'Date and time of seizure',
          'Name of the seizing officer',
          "The device's passcode",
          'Description including make and serial number',
        ],
        correct: [0, 1, 2, 4],
      },
      {
        kind: 'true_false',
        prompt:
          'If a computer is switched off when you arrive, you should switch it on to check whether it contains evidence.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which items found at a scene may be important digital evidence? (Choose all that apply.)',
        options: [
          'A paper card listing 24 English words',
          'The Wi-Fi router',
          'A game console',
          'A printed QR code next to a laptop',
        ],
        correct: [0, 1, 2, 3],
      },
      {
        kind: 'single_choice',
        prompt:
          'A laptop is running and the screen shows an open VeraCrypt volume. What is the best action for a first responder?',
        options: [
          'Close the VeraCrypt window so nobody can tamper with it',
          'Pull the battery immediately',
          'Photograph the screen, touch nothing, and call a digital forensics specialist',
          'Copy the files to a USB stick',
        ],
        correct: [2],
      },
      {
        kind: 'true_false',
        prompt:
          "If you accidentally press a key on a suspect's computer, you should record it in your notes with the time.",
        options: ['True', 'False'],
        correct: [0],
      },
      {
        kind: 'single_choice',
        prompt: 'What does the chain of custody record?',
        options: [
          'The list of crimes the suspect is charged with',
          'Who held an exhibit, when, where and why, from seizure to court',
          'The technical specifications of a seized device',
          'The passwords obtained from the suspect',
        ],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which should you keep seized electronic exhibits away from during transport? (Choose all that apply.)',
        options: ['Strong magnets', 'Police radio transmitters', 'Tamper-evident tape', 'Heat and moisture'],
        correct: [0, 1, 3],
      },
    ],
  },
};

// ─────────────────────────────────────────────────────────────────────────────
// DF-101 Digital forensics fundamentals
// ─────────────────────────────────────────────────────────────────────────────

const DIGITAL_FORENSICS: CourseSeed = {
  code: 'DF-101',
  title: 'Digital Forensics Fundamentals',
  summary:
    'The core method of forensic examination: acquiring evidence without changing it, proving integrity with hashes, and reconstructing events from file systems and timelines. Prepares officers to work alongside, or join, a digital forensics unit.',
  level: 'foundation',
  topics: ['digital-forensics', 'e-evidence'],
  languages: ['en', 'uk', 'ru', 'es', 'pt-BR'],
  hours: 24,
  status: 'published',
  modules: [
    {
      title: 'Acquiring evidence without changing it',
      lessons: [
        {
          title: 'Write blockers',
          minutes: 20,
          body: `## Write blockers

Simply connecting a drive to a computer can change it: operating systems mount volumes, update access times, create index files and "repair" file systems. A **write blocker** sits between the evidence and the examination computer and allows **read commands only**.

### Types
- **Hardware write blockers**: a physical bridge (SATA, SAS, NVMe, USB) between the drive and the forensic workstation. They are the preferred choice because they work regardless of the operating system.
- **Software write blockers**: operating system settings or tools that block writes, for example mounting read-only on Linux or a registry policy on Windows. Cheaper, but easier to misconfigure.

### Validate before you trust
A write blocker is a tool like any other and can fail. Laboratories **test each model and firmware version** against a reference drive and keep the results. The US NIST Computer Forensics Tool Testing programme (nist.gov) publishes test reports that help labs choose equipment.

### Practical checklist
1. Write blocker model and firmware recorded in the case notes.
2. Validation test within the lab's required interval.
3. Evidence drive connected to the **read-only** side, never directly to the workstation.
4. Hash the source through the blocker before and after imaging where possible.

### Remember
Some sources cannot be write-blocked (running systems, many phones). Then you **document every action** and explain its effect.`,
        },
        {
          title: 'Forensic imaging',
          minutes: 30,
          body: `## Forensic imaging

Examiners work on a **forensic image**, a complete copy of the evidence, and keep the original untouched.

### Physical and logical images
- A **physical image** copies every sector of the drive, including unallocated space where deleted data can remain.
- A **logical image** copies selected files and folders only. It is faster, but deleted data and slack space are lost. It is used when time, size or legal scope require it.

### Common formats
- **Raw (dd)**: an exact sector-by-sector copy with no metadata. Universally readable, but large.
- **E01 (Expert Witness Format)**: compressed, stores case metadata and checksums, can be split into segments. Widely accepted by forensic tools.
- **AFF4**: an open format designed for large and complex sources, including memory images.

### The imaging workflow
1. Connect the source through a write blocker.
2. Record the drive's make, model, serial number and capacity.
3. Create the image to a **wiped or new** destination drive.
4. **Verify**: the hash of the image must equal the hash of the source.
5. Make a working copy; store the master image securely.

### Example
An examiner images a 1 TB drive to E01. The tool reports matching SHA-256 values for source and image. The examiner records both values, the tool version and the times in the case notes, then analyses only a working copy.`,
        },
        {
          title: 'Hashing and integrity',
          minutes: 20,
          body: `## Hashing and integrity

A **cryptographic hash function** turns any amount of data into a short fixed-length value. Change a single bit of the input and the hash changes completely. Equal hashes therefore show, with overwhelming probability, that two sets of data are identical.

### Common algorithms
| Algorithm | Length | Notes |
|---|---|---|
| MD5 | 128 bits | Fast; practical collisions have been demonstrated |
| SHA-1 | 160 bits | Collisions demonstrated in 2017 |
| SHA-256 | 256 bits | Current recommended choice for integrity |

Many laboratories record **two algorithms** (for example MD5 and SHA-256) so results remain comparable with older systems and hash databases.

### What hashes are used for
- **Integrity**: proving an image is identical to the original, and still identical at trial.
- **Identification**: finding known files, such as known illegal material or known malware, by comparing against hash sets.
- **Exclusion**: filtering out known operating system files (for example with the NIST National Software Reference Library) to reduce review time.

### Limits
- A hash says nothing about **who** created a file or **when**.
- Changing a file's name does not change its hash; changing its content (even re-saving an image) does.

### Checklist
- Hash recorded at acquisition, in the notes and on the custody record.
- Hash re-verified before analysis and before court.`,
        },
      ],
    },
    {
      title: 'Analysis and reporting',
      lessons: [
        {
          title: 'File systems and deleted data',
          minutes: 30,
          body: `## File systems and deleted data

A file system organises data on a disk and keeps **metadata** about every file: name, size, location and timestamps. Knowing how it works explains why "deleted" data can often be recovered.

### Common file systems
- **NTFS** (Windows): the Master File Table (MFT) holds a record for each file.
- **FAT32 / exFAT**: memory cards and USB sticks.
- **ext4** (Linux and many Android devices) and **APFS** (Apple devices).

### What deletion really does
When a user deletes a file, most file systems only **mark its entry and its space as free**. The content stays on the disk until new data overwrites it. Examiners can then:
- recover the file from its file system entry if it is still intact;
- **carve** files from unallocated space by looking for known signatures, for example a JPEG starts with the bytes FF D8 FF.

### Solid-state drives
SSDs use **TRIM** and background garbage collection, which may erase freed blocks within minutes. Recovery from SSDs is therefore much less likely than from hard disks; seize and image them promptly.

### Other places to look
- **Slack space** at the end of clusters.
- Recycle Bin, shadow copies and backups.
- Thumbnail caches, which may keep small copies of deleted pictures.

### Example
A suspect deleted a spreadsheet of victims' card numbers. Its MFT record was overwritten, but carving unallocated space recovered the file intact.`,
        },
        {
          title: 'Building a timeline',
          minutes: 30,
          body: `## Building a timeline

A timeline puts events from many sources in one chronological order, so that the examiner can say what happened, and in what sequence.

### Timestamps
File systems record several times for each file, often called **MACB**:
- **M**odified (content changed)
- **A**ccessed (content read; often disabled or imprecise)
- **C**hanged (metadata changed; on NTFS, the MFT entry changed)
- **B**orn (created)

On NTFS, two sets exist: **$STANDARD_INFORMATION**, which ordinary programs can alter, and **$FILE_NAME**, which is harder to change. Differences between them may reveal **timestomping**, the deliberate falsification of timestamps.

### Other sources
Event logs, browser history, registry keys, link files, prefetch files, chat databases and cloud logs all carry times. Tools such as the open-source **log2timeline/plaso** combine them into a "super timeline".

### Pitfalls
- **Time zones**: store and compare everything in **UTC** and record the device's configured zone.
- **Clock drift**: note the difference between the device clock and a reliable time at seizure.
- **Copying changes times**: a file copied from USB may show a creation date later than its modification date.

### Checklist
1. Time zone and clock offset documented.
2. Sources listed with the tool and version used to parse them.
3. Key events confirmed from at least two independent sources.`,
        },
        {
          title: 'Reporting findings',
          minutes: 20,
          body: `## Reporting findings

A forensic report must be understandable by a prosecutor, a judge and a defence expert. The defence may repeat your work: your report must let them **reproduce** it.

### Structure of a good report
1. **Instructions**: who asked for the examination and what questions were asked.
2. **Exhibits**: numbers, descriptions, seal condition on receipt, hash values.
3. **Method**: tools and versions, write blockers, procedures followed.
4. **Findings**: facts, each with its location (file path, record, offset).
5. **Interpretation**: what the findings mean, and the limits of that meaning.
6. **Conclusion**: direct answers to the questions asked.

### Facts versus opinion
- Fact: "The file invoice.xlsx was present in the user folder of account 'maria'."
- Opinion: "The user of account 'maria' created the file." This needs support, for example no other user accounts, login records at that time and a password-protected account.
Keep them visibly separate and explain your reasoning.

### Plain language
Explain technical terms the first time you use them. Avoid jargon such as "the artefact was carved from UA" without explanation.

### Checklist
- Every finding can be traced back to the exhibit.
- Alternative explanations considered and recorded.
- Peer review completed before the report is signed.`,
        },
      ],
    },
  ],
  assessment: {
    passMark: 70,
    attemptLimit: 3,
    questionsPerAttempt: 6,
    timeLimitMinutes: 20,
    questions: [
      {
        kind: 'single_choice',
        prompt: 'What is the purpose of a hardware write blocker?',
        options: [
          'To speed up imaging of large drives',
          'To allow read commands to the evidence drive while blocking writes',
          'To encrypt the forensic image',
          'To recover deleted files',
        ],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'Which image type includes unallocated space, where deleted data may remain?',
        options: ['Logical image', 'Physical image', 'Cloud export', 'Screenshot archive'],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt: 'Renaming a file changes its SHA-256 hash value.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which are legitimate uses of hash values in an examination? (Choose all that apply.)',
        options: [
          'Proving that an image is identical to the original',
          'Finding known files by comparison with a hash set',
          'Filtering out known operating system files',
          'Proving who created a file',
        ],
        correct: [0, 1, 2],
      },
      {
        kind: 'single_choice',
        prompt: 'Why is recovering deleted files from an SSD often harder than from a hard disk?',
        options: [
          'SSDs encrypt everything by default',
          'TRIM and garbage collection may erase freed blocks quickly',
          'SSDs cannot be imaged',
          'SSDs do not use file systems',
        ],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt:
          'On NTFS, a difference between $STANDARD_INFORMATION and $FILE_NAME timestamps may indicate timestomping.',
        options: ['True', 'False'],
        correct: [0],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which steps belong to a sound imaging workflow? (Choose all that apply.)',
        options: [
          'Connect the source through a write blocker',
          'Verify that the image hash matches the source hash',
          'Analyse the original drive to save time',
          'Record make, model and serial number of the source',
        ],
        correct: [0, 1, 3],
      },
      {
        kind: 'single_choice',
        prompt: 'In which time zone should events from different sources be compared in a timeline?',
        options: [
          "The examiner's local time",
          "The suspect's home time zone",
          "UTC, with each device's zone recorded",
          'Whatever each tool displays',
        ],
        correct: [2],
      },
      {
        kind: 'single_choice',
        prompt: 'Which statement is an interpretation rather than a fact?',
        options: [
          'The file was present in the user folder of account "maria"',
          'The SHA-256 of the image is recorded in the notes',
          'The user of account "maria" created the file',
          "The drive's serial number matches the label",
        ],
        correct: [2],
      },
    ],
  },
};

// ─────────────────────────────────────────────────────────────────────────────
// OS-201 OSINT
// ─────────────────────────────────────────────────────────────────────────────

const OSINT: CourseSeed = {
  code: 'OS-201',
  title: 'OSINT for Investigators',
  summary:
    'Using open sources lawfully and safely in criminal investigations. Covers legal basis and proportionality, verification and attribution pitfalls, preserving web evidence so it holds up in court, and operational security.',
  level: 'intermediate',
  topics: ['osint', 'e-evidence'],
  languages: ['en', 'uk', 'ru', 'es', 'pt-BR'],
  hours: 16,
  status: 'published',
  modules: [
    {
      title: 'Lawful open-source research',
      lessons: [
        {
          title: 'Legal basis and proportionality',
          minutes: 25,
          body: `## Legal basis and proportionality

"Publicly available" does not mean "free to use for any purpose". Police use of open sources still **interferes with privacy** and is governed by law.

### Questions to answer before you start
- **Legal basis**: which law or policy authorises this research in your jurisdiction?
- **Necessity**: is open-source research needed to achieve a legitimate investigative aim?
- **Proportionality**: is the intrusion limited to what the aim requires? Repeated or systematic monitoring of one person is more intrusive than a single check.
- **Authorisation**: does your unit require written approval, for example for sustained monitoring?

### Passive and active research
- **Passive**: viewing public pages without interacting. Usually the lowest level of authorisation.
- **Active**: joining closed groups, sending friend requests, messaging a subject. This is usually treated as **undercover activity** requiring specific authority and trained officers.

### Do not
- Log in with someone else's credentials or bypass access controls, even if a password was found during a search.
- Use data from breaches or leaked databases unless your law and policy expressly allow it.

### Guidance
The Berkeley Protocol on Digital Open Source Investigations, published by the UN Human Rights Office and UC Berkeley, sets out widely respected professional standards.

### Checklist
1. Legal basis and aim recorded.
2. Level of activity (passive or active) authorised.
3. Research log opened before the first search.`,
        },
        {
          title: 'Planning collection',
          minutes: 20,
          body: `## Planning collection

Unplanned searching wastes time, increases exposure and produces a pile of screenshots no one can use. A short **collection plan** fixes that.

### Elements of a collection plan
- **Questions**: what exactly must be established? For example: "Is the seller 'fastcards77' the same person as suspect X?"
- **Sources**: social networks, company and land registries, court records, domain registration data, image archives, news, forums, marketplaces.
- **Identifiers** to pivot on: usernames, e-mail addresses, phone numbers, domain names, cryptocurrency addresses, photographs.
- **Legal limits** and authorisation level.
- **Preservation method** and where evidence will be stored.

### Pivoting
Each result can lead to another: an e-mail address found in a domain registration leads to a username, the username to a forum profile, the profile photo to a reverse image search. Record **each step** so that another officer could follow the same path.

### Research log
For every action, note:
- date and time (UTC);
- the search or URL;
- what was found, and whether it was preserved;
- the research account and device used.

### Example
An investigation into an online investment scam began with a single website. Domain registration history, a reused analytics identifier and the site's hosting provider linked it to eleven other scam sites run by the same group.`,
        },
      ],
    },
    {
      title: 'Verification and attribution',
      lessons: [
        {
          title: 'Attribution pitfalls',
          minutes: 25,
          body: `## Attribution pitfalls

Finding information is easy; proving **who is behind it** is hard. Most OSINT errors are errors of attribution.

### Common traps
- **Username reuse**: the same handle on two platforms may belong to different people. Common names are reused by thousands.
- **Stolen identities**: fraudsters use real people's photos and names. The person in the profile picture is often a victim, not the suspect.
- **Compromised accounts**: a post from an account is not proof the owner wrote it.
- **IP addresses and VPNs**: an IP address identifies a connection, not a person, and may belong to a VPN, a Tor exit relay or a shared network.
- **Confirmation bias**: once we suspect someone, we notice only what fits.

### Good practice
- Seek **independent corroboration**: two sources that copy each other count as one.
- Grade sources and information, for example with your agency's intelligence grading system, separating reliability of the source from credibility of the item.
- Write down **alternative explanations** and what evidence would rule them out.
- Treat OSINT findings as **intelligence leads** until confirmed by lawful evidence such as subscriber data from a provider.

### Example
A profile photo of a "US army officer" in a romance scam was traced by reverse image search to a real serviceman who had no part in it. The scammer was eventually identified through a payment account, not the photos.`,
        },
        {
          title: 'Verifying images and accounts',
          minutes: 25,
          body: `## Verifying images and accounts

Images, videos and profiles are powerful evidence only when verified.

### Images and videos
- **Reverse image search** with several engines: one may find older copies that another misses. The oldest copy is the best candidate for the original.
- **Metadata (EXIF)** can include camera model, date and GPS position. Most social networks **strip metadata** on upload, so its absence proves nothing; its presence in an original file obtained lawfully can be valuable.
- **Geolocation**: compare landmarks, signs, road markings, vegetation and the shape of the skyline with satellite and street imagery.
- **Chronolocation**: shadows, weather records and events visible in the image can narrow the time.

### Accounts
- Creation date, name changes and posting history.
- Time-of-day pattern of posts: can suggest a time zone, but VPNs and scheduled posts mislead.
- Friends and followers: bulk-created followers suggest a fake or bought account.
- Language, spelling and slang.

### Practical checklist
1. Original source identified, or "not found" recorded.
2. Metadata examined on the best available copy.
3. Location and time assessed with the reasoning written down.
4. Confidence level stated (confirmed, probable, possible, unverified).

### Remember
Manipulated and AI-generated images are increasingly common. State what you verified, and what you could not.`,
        },
      ],
    },
    {
      title: 'Preservation and operational security',
      lessons: [
        {
          title: 'Preserving web evidence',
          minutes: 25,
          body: `## Preserving web evidence

Online content changes and disappears, often as soon as a suspect learns of an investigation. Capture it in a way a court can trust.

### A screenshot is not enough
A plain screenshot lacks the URL, the time and proof that it was not edited. Capture instead:
- the **full URL** and the **date and time in UTC**;
- a **full-page capture** (image or PDF) and, where possible, the page's **source code**;
- downloaded media in original quality;
- a **hash value** (SHA-256) of each captured file, recorded at the time of capture.

### Tools and formats
- Browser extensions and dedicated capture tools can record pages, URLs, times and hashes automatically and keep an audit log.
- The **WARC** format (used by web archives) stores full web pages with their HTTP responses.
- Video capture of the screen is useful for dynamic content such as stories or live streams.

### After capture
- Store captures in the case system, not on a personal device.
- Send a **preservation request** to the platform for the account: it preserves data (including non-public data such as IP logs) until legal process arrives.

### Checklist
1. URL, UTC time, officer and research account recorded.
2. Page captured in full with source where possible.
3. Files hashed and stored in the case system.
4. Preservation request sent for key accounts.`,
        },
        {
          title: 'Operational security for researchers',
          minutes: 20,
          body: `## Operational security for researchers

Every visit you make leaves traces. A careless search can **alert a suspect**, endanger a source or reveal a police operation.

### Common ways investigators are exposed
- Viewing a profile while logged in to a **personal** or official police account; some networks show who viewed a profile.
- Clicking links that contain **trackers or IP loggers** sent by the subject.
- Accidentally "liking", following or joining.
- Using an office network whose IP address is registered to the police.

### Controls
- A **dedicated research environment**: a separate computer or virtual machine, reset regularly, with its own browser profiles.
- A **non-attributable internet connection** approved by your agency.
- **Research accounts** created and managed under your agency's policy, never personal accounts. Using them to interact with people is active research and needs authority.
- Browser settings (language, time zone) consistent with the research persona.
- Do not open downloaded documents on the research machine without precautions; they may contain malware or tracking.

### Practical checklist
1. Research environment clean and logged.
2. Correct research account selected.
3. No personal accounts logged in.
4. Links from the subject opened only in an isolated environment.

### Example
An investigator opened a suspect's shortened link from the office. The link logged the police IP address and the suspect deleted his accounts the same evening.`,
        },
      ],
    },
  ],
  assessment: {
    passMark: 70,
    attemptLimit: 3,
    questionsPerAttempt: 6,
    timeLimitMinutes: 20,
    questions: [
      {
        kind: 'true_false',
        prompt:
          'Because information is publicly available, police use of it never requires a legal basis or proportionality assessment.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt:
          'Which activity is normally treated as active (undercover) online research requiring specific authorisation?',
        options: [
          'Viewing a public company registry entry',
          'Sending a friend request to a suspect from a research account',
          'Reading a public news article',
          'Searching a domain registration record',
        ],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which should be recorded when preserving a web page? (Choose all that apply.)',
        options: ['The full URL', 'Date and time in UTC', 'A hash of the captured file', "The suspect's likely motive"],
        correct: [0, 1, 2],
      },
      {
        kind: 'single_choice',
        prompt: 'A scam profile uses photographs of a real person. What is the most likely conclusion?',
        options: [
          'The person in the photos is the suspect',
          'The photos may be stolen; the pictured person may be a victim',
          'The account is certainly run by a bot',
          'Photos are conclusive evidence of identity',
        ],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt:
          'The absence of EXIF metadata in an image downloaded from a social network proves that the image was manipulated.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which practices reduce the risk of exposing an investigation? (Choose all that apply.)',
        options: [
          'Using a dedicated research environment',
          "Checking the suspect's profile from your personal account",
          'Opening links from the subject only in an isolated environment',
          'Using an agency-approved non-attributable connection',
        ],
        correct: [0, 2, 3],
      },
      {
        kind: 'single_choice',
        prompt:
          'Two news sites report the same claim, but one copied the other. How many independent sources do you have?',
        options: ['Two', 'One', 'None', "It depends on the sites' popularity"],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'Which archive format stores full web pages together with their HTTP responses?',
        options: ['E01', 'WARC', 'STIX', 'EXIF'],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt: 'An IP address identifies a connection, not necessarily the person using it.',
        options: ['True', 'False'],
        correct: [0],
      },
    ],
  },
};

// ─────────────────────────────────────────────────────────────────────────────
// CT-201 Cryptocurrency tracing
// ─────────────────────────────────────────────────────────────────────────────

const CRYPTO_TRACING: CourseSeed = {
  code: 'CT-201',
  title: 'Cryptocurrency Tracing',
  summary:
    'Following illicit funds across public blockchains to identify suspects and recover assets. Covers blockchain fundamentals, clustering heuristics and their limits, working with exchanges, mixers and chain hopping, and the lawful seizure of wallets.',
  level: 'intermediate',
  topics: ['cryptocurrency-tracing', 'e-evidence'],
  languages: ['en', 'uk', 'ru', 'es', 'zh-CN'],
  hours: 20,
  status: 'published',
  modules: [
    {
      title: 'Blockchain basics for investigators',
      lessons: [
        {
          title: 'How a blockchain records value',
          minutes: 25,
          body: `## How a blockchain records value

A blockchain is a **public, append-only ledger** copied across thousands of computers. For investigators its key property is that transactions are **pseudonymous, not anonymous**: names are absent, but every transfer is visible to anyone, permanently.

### Two models
- **UTXO model (Bitcoin, Litecoin)**: a transaction consumes previous **unspent outputs** and creates new ones. If the inputs exceed the payment, the rest goes to a **change output**, usually a new address controlled by the sender.
- **Account model (Ethereum, TRON)**: addresses hold balances, like bank accounts. Transfers of tokens, such as the stablecoin USDT, are recorded by **smart contracts**.

### Keys and addresses
- A **private key** controls funds; whoever holds it can spend them.
- An **address** is derived from the public key and is shared to receive funds.
- Wallet software usually derives all keys from one **seed phrase** of 12 or 24 words.

### Why this matters
- Following funds means following **outputs or token transfers**, not accounts in a bank sense.
- One person may control **thousands of addresses**; one address may serve thousands of customers of an exchange.

### Example
A victim paid 0.5 BTC to a scammer. The scammer's transaction had two outputs: 0.48 BTC to a new address and 0.02 BTC back to another address of his own. Recognising which output is change is the first tracing decision.`,
        },
        {
          title: 'Reading transactions with a block explorer',
          minutes: 20,
          body: `## Reading transactions with a block explorer

A **block explorer** is a website or tool that displays blockchain data. It is the starting point of every trace.

### What to record for each transaction
- **Transaction hash (txid)**: the unique identifier of the transaction.
- **Block height and timestamp**: when it was confirmed (block times are approximate, recorded in UTC).
- **Inputs and outputs**: addresses and amounts.
- **Fees** and, for account-based chains, the **token contract** involved.

### Good practice
- Record amounts in the **native unit** (for example BTC or USDT) and separately note the fiat value at the time, with its source.
- Check the **right chain**: USDT exists on several blockchains (Ethereum, TRON and others); the same-looking transfer on the wrong chain leads nowhere.
- Use more than one explorer to confirm important data.
- Remember **opsec**: querying an address on a public explorer can be visible to the explorer's operator. Agencies often use commercial analytics tools or their own nodes.

### Practical checklist
1. Victim's payment txid obtained from their wallet or exchange.
2. Chain, asset and amount confirmed.
3. Each hop recorded in a tracing table: txid, time, from, to, amount.
4. Screenshots or exports preserved and hashed.

### Example
A victim provided an exchange withdrawal receipt. The txid on it led to a TRON address that received funds from 37 other victims within a week, revealing the scale of the scam.`,
        },
      ],
    },
    {
      title: 'Following the money',
      lessons: [
        {
          title: 'Clustering heuristics and their limits',
          minutes: 30,
          body: `## Clustering heuristics and their limits

**Clustering** groups addresses that are probably controlled by the same entity. Analytics tools do this at scale, but investigators must understand the rules, because errors spread through every later conclusion.

### Main heuristics
- **Common-input ownership**: addresses used together as inputs in one transaction are usually controlled by the same wallet, since spending requires each private key.
- **Change detection**: the change output is often the one with a non-round amount, the same address type as the inputs, or an address never seen before.
- **Peel chains**: a large amount is repeatedly "peeled" by small payments, with the remainder moved to a new change address each time, a typical pattern of laundering and of exchange hot wallets.
- **Attribution data**: addresses publicly or legally linked to a service (exchange deposit addresses, seized servers, public donation addresses).

### Limits
- **CoinJoin** transactions deliberately combine inputs of many users, breaking common-input ownership.
- Change heuristics are **probabilistic** and can be defeated by wallet design.
- Commercial tools differ; their clusters are **intelligence**, not proof.

### Good practice
1. Record which heuristic supports each link.
2. Corroborate key links with off-chain evidence (exchange records, seized devices).
3. Be ready to explain the method to a court in simple terms.`,
        },
        {
          title: 'Exchanges, service providers and legal requests',
          minutes: 25,
          body: `## Exchanges, service providers and legal requests

Tracing usually ends where funds enter a **virtual asset service provider (VASP)**: an exchange, broker or custodial wallet. That is where a name can be found.

### What an exchange may hold
- Identity documents and selfies collected under **know-your-customer (KYC)** rules.
- Login IP addresses, device identifiers and e-mail addresses.
- Linked bank accounts and card details.
- Deposit and withdrawal history, including other blockchain addresses.

### Regulation that helps
The **FATF** standards (Recommendations 15 and 16) require VASPs to be licensed or registered, to apply customer due diligence and to send originator and beneficiary information with transfers (the **"travel rule"**).

### Making requests
- Act fast: send a **preservation and freeze request** as soon as funds are seen arriving. Many large exchanges respond to law-enforcement requests through dedicated portals.
- Identify the **legal entity** and its jurisdiction; formal production usually requires legal process valid there, or mutual legal assistance.
- Be specific: addresses, txids, dates, and the offence.
- Stablecoin issuers can **freeze tokens** at the contract level; ask quickly.

### Checklist
1. Service identified from attribution data, with the source noted.
2. Preservation or freeze request sent and acknowledged.
3. Formal legal request prepared with txids and timeline.
4. Results compared with blockchain data for consistency.`,
        },
        {
          title: 'Mixers, privacy coins and chain hopping',
          minutes: 25,
          body: `## Mixers, privacy coins and chain hopping

Criminals try to break the trail. Knowing the techniques helps you decide where tracing can continue and where other evidence is needed.

### Obfuscation techniques
- **Custodial mixers**: a service pools users' coins and pays out different coins, for a fee. Several have been taken down by law enforcement, for example ChipMixer in 2023 in an operation supported by Europol.
- **CoinJoin**: a collaborative transaction mixing many users' inputs and outputs of equal amounts.
- **Smart-contract mixers** on Ethereum-compatible chains, such as Tornado Cash, which has been the subject of US sanctions and prosecutions.
- **Privacy coins** such as Monero, which hide amounts and addresses by design.
- **Chain hopping**: swapping between assets and blockchains through bridges and instant-swap services.

### Investigative options
- **Timing and amount analysis** around the mixer: deposits and withdrawals of matching value within short periods.
- **Swap services and bridges** often keep records and may respond to legal requests.
- **Off-chain evidence**: seized devices, wallet software logs, chat messages about payments.
- Data from **seized mixer servers** shared by international partners.

### Remember
Use of a mixer is not proof of a crime, but in many jurisdictions it can support money-laundering charges when combined with other evidence. Record clearly where the trail becomes an inference.`,
        },
      ],
    },
    {
      title: 'Seizing virtual assets',
      lessons: [
        {
          title: 'Seizure of wallets and keys',
          minutes: 30,
          body: `## Seizure of wallets and keys

Seizing cryptocurrency means gaining **control of the private keys** and moving the funds to a wallet the agency controls. Taking the device is not enough: anyone with a copy of the seed phrase can empty the wallet from anywhere.

### Where keys are found
- **Hardware wallets** (small USB or Bluetooth devices), with their PIN.
- **Seed phrases** on paper, metal plates, in notebooks, photos or password managers.
- **Software wallets** on phones and computers, and browser extensions.
- Accounts at **exchanges**, which must be frozen through the provider.

### Seizure procedure (follow your national rules)
1. Confirm **legal authority** to seize virtual assets.
2. Prepare an **agency-controlled wallet** in advance, generated on a clean device, ideally with **multi-signature** control so that no single officer can move funds.
3. Work in pairs, record video and notes of every step.
4. Transfer funds promptly and record each **txid**; a small test transaction first is common practice.
5. Document the amount, the value at the time and its source.
6. Store the agency wallet's keys under strict dual control.

### Never
- Type a suspect's seed phrase into your personal or an unprepared device.
- Leave funds in the suspect's wallet "until later".

### Example
Officers found a seed phrase in a kitchen drawer but waited a day to prepare a wallet. By then an associate had moved all the funds. Preparation before the search day is essential.`,
        },
        {
          title: 'Managing seized assets and reporting',
          minutes: 20,
          body: `## Managing seized assets and reporting

After seizure, virtual assets must be kept safe, valued and eventually returned, confiscated or sold by court order.

### Custody
- Keys of the agency wallet are kept under **dual control**, with access logged.
- Some agencies use a regulated **custodian** or the state's asset-recovery office; check the national framework.
- Keep a **register** of seized assets: case, asset, amount, address, txids and dates.

### Volatility
Prices can change sharply. Courts may allow **interlocutory sale** (conversion to fiat before trial) to preserve value; prepare the request early if your law permits it.

### Tracing report
A report for prosecutors should include:
- a **summary diagram** of the flow of funds;
- a table of every hop: txid, time, from, to, amount;
- the **heuristic or evidence** supporting each attribution;
- the limits of the analysis and any assumptions.

### Victim restitution
Tracing often identifies funds belonging to many victims. Record each victim's payment txid so that returned funds can be matched to them.

### Checklist
1. Register updated after every movement of seized funds.
2. Access to keys logged and dual-controlled.
3. Valuation method documented.
4. Tracing report reviewed by a second analyst.`,
        },
      ],
    },
  ],
  assessment: {
    passMark: 70,
    attemptLimit: 3,
    questionsPerAttempt: 6,
    timeLimitMinutes: 20,
    questions: [
      {
        kind: 'true_false',
        prompt: 'Bitcoin transactions are anonymous: once funds leave the victim, nobody can see where they went.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt:
          'Which heuristic assumes that addresses used together as inputs in one transaction belong to the same entity?',
        options: ['Peel chain', 'Common-input ownership', 'Travel rule', 'Round-amount heuristic'],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'What most directly defeats the common-input ownership heuristic?',
        options: ['Exchange hot wallets', 'CoinJoin transactions', 'High transaction fees', 'Block explorers'],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which information may an exchange hold that helps identify a suspect? (Choose all that apply.)',
        options: [
          'KYC identity documents',
          'Login IP addresses',
          'Linked bank accounts',
          "The suspect's private keys for a self-custody hardware wallet",
        ],
        correct: [0, 1, 2],
      },
      {
        kind: 'single_choice',
        prompt: 'During a search you find a seed phrase. What actually secures the funds?',
        options: [
          'Seizing the paper the phrase is written on',
          'Transferring the funds to a prepared agency-controlled wallet and recording the txid',
          'Photographing the phrase and returning it to the suspect',
          'Typing the phrase into your own phone to check the balance',
        ],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which are techniques criminals use to obscure the trail of funds? (Choose all that apply.)',
        options: [
          'Mixers',
          'Chain hopping through swap services',
          'Privacy coins such as Monero',
          'Publishing the txid on social media',
        ],
        correct: [0, 1, 2],
      },
      {
        kind: 'true_false',
        prompt:
          'Clusters produced by commercial blockchain analytics tools should be treated as intelligence and corroborated with other evidence.',
        options: ['True', 'False'],
        correct: [0],
      },
      {
        kind: 'single_choice',
        prompt: 'What is the FATF "travel rule"?',
        options: [
          'A rule limiting crypto ATMs at airports',
          'A requirement for VASPs to send originator and beneficiary information with transfers',
          'A ban on cross-border cryptocurrency transfers',
          'A rule that seized funds must travel through the central bank',
        ],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'Why is checking the blockchain important when tracing USDT?',
        options: [
          'USDT exists on several blockchains, such as Ethereum and TRON',
          'USDT only exists on Bitcoin',
          'USDT transactions are not recorded on any blockchain',
          'USDT addresses are the same on every chain',
        ],
        correct: [0],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which practices belong in a sound wallet seizure? (Choose all that apply.)',
        options: [
          'Preparing a multi-signature agency wallet in advance',
          'Working in pairs and recording each step',
          'Leaving funds in place until the trial',
          'Recording the txid of each transfer',
        ],
        correct: [0, 1, 3],
      },
    ],
  },
};

// ─────────────────────────────────────────────────────────────────────────────
// MT-201 Malware triage
// ─────────────────────────────────────────────────────────────────────────────

const MALWARE_TRIAGE: CourseSeed = {
  code: 'MT-201',
  title: 'Malware Triage for Investigators',
  summary:
    'A safe, structured first look at suspicious files so investigators can understand what malware does, extract indicators of compromise and share them with partners. Covers static and dynamic analysis, sandboxes, IOCs, and sharing through MISP and STIX.',
  level: 'intermediate',
  topics: ['malware-triage', 'network-investigation'],
  languages: ['en', 'ru', 'zh-CN', 'es'],
  hours: 16,
  status: 'published',
  modules: [
    {
      title: 'Static and dynamic analysis',
      lessons: [
        {
          title: 'Handling samples safely',
          minutes: 20,
          body: `## Handling samples safely

Malware seized as evidence is still **live**. A single accidental double-click can infect a police network.

### Rules of the lab
- Analyse samples only on **isolated analysis machines**, never on office computers or the forensic workstation used for casework.
- Store and transfer samples in **password-protected archives**; the password "infected" is a widely used convention that prevents accidental execution and antivirus deletion.
- **Defang** indicators in reports and e-mails: write hxxp://bad[.]example instead of a clickable link.
- Record the **hash** of every sample as soon as it is obtained; the hash is its name in your notes.

### Evidence and intelligence
A sample from a seized computer is an exhibit: extract it from a **forensic image**, record where it was found (path, timestamps) and keep the chain of custody. Analysis copies are made from that extracted file.

### Think before you upload
Public services such as VirusTotal are valuable, but **uploading** a file shares it with many subscribers, possibly including the attackers, who then learn that they have been detected. Searching by **hash** first reveals nothing new.

### Checklist
1. Sample hashed (SHA-256) and recorded.
2. Stored in a protected archive in the case system.
3. Analysis environment isolated and reset.
4. Decision on public upload approved and recorded.`,
        },
        {
          title: 'Static triage',
          minutes: 30,
          body: `## Static triage

**Static analysis** examines a file without running it. It is fast and safe, and often answers the first questions: what is this, and is it known?

### Steps
1. **Identify the file type** by its content, not its extension. Windows executables begin with the bytes "MZ"; a file called invoice.pdf may be an executable.
2. **Hash lookup** in threat intelligence sources and your own case database.
3. **Strings**: readable text inside the file can reveal URLs, IP addresses, file paths, ransom note text, mutex names or debugging paths containing a developer's username.
4. **Headers and imports**: for Windows PE files, the imported functions hint at behaviour, for example networking, encryption or process injection. The compile timestamp is informative but can be forged.
5. **Entropy and packers**: very high entropy suggests compressed or encrypted content; packed malware hides its real code until it runs.
6. **YARA rules**: pattern rules that classify samples into known families.

### Limits
Packing, obfuscation and encrypted configuration can hide almost everything from static analysis. When the picture is unclear, move to dynamic analysis.

### Example
Strings in a suspicious "document" revealed the path C:\\Users\\dev\\source\\stealer\\Release and a Telegram bot token. The token led investigators to the channel receiving stolen passwords.`,
        },
        {
          title: 'Dynamic analysis and sandboxes',
          minutes: 30,
          body: `## Dynamic analysis and sandboxes

**Dynamic analysis** runs the sample in a controlled environment and observes what it does.

### What a sandbox records
- **Processes** created and code injected into others.
- **Files** written, modified, encrypted or deleted.
- **Registry** changes and persistence mechanisms such as scheduled tasks or Run keys.
- **Network activity**: DNS queries, connections, downloaded payloads, command-and-control traffic.
- Screenshots, dropped files and a memory dump.

### Options
- **Self-hosted sandboxes** (for example the open-source CAPE) keep samples inside the agency.
- **Commercial or public online sandboxes** are quick, but public reports may expose the sample and your interest in it.

### Evasion
Malware may detect virtual machines, wait before acting, require user interaction, or check the keyboard language or country before running. If "nothing happens", do not conclude the file is harmless: try longer run times, different configurations or simulated user activity.

### Network control
Decide whether the sample may reach the internet. Live connections can reveal the current infrastructure, but also alert the operators and cause harm; a simulated internet is safer.

### Checklist
1. Snapshot taken and restored after each run.
2. Network policy for the run recorded.
3. Report exported and hashed.
4. Observed indicators copied to the case notes.`,
        },
      ],
    },
    {
      title: 'Indicators and information sharing',
      lessons: [
        {
          title: 'Indicators of compromise',
          minutes: 25,
          body: `## Indicators of compromise

An **indicator of compromise (IOC)** is an observable artefact that suggests malicious activity: file hashes, IP addresses, domain names, URLs, e-mail addresses, registry keys, mutex names or file paths.

### The Pyramid of Pain
The Pyramid of Pain model (David Bianco) ranks indicators by how much it hurts the attacker when defenders detect them:
- **Hash values**: trivial to change; a recompiled sample has a new hash.
- **IP addresses and domains**: easy to change, but with some cost.
- **Network and host artefacts, tools**: harder.
- **Tactics, techniques and procedures (TTPs)**: hardest to change, and most valuable for attribution. MITRE ATT&CK provides a common vocabulary for them.

### Quality of indicators
- **Context** matters: an IP address without a date, role (command-and-control? scanning?) and confidence is of little use.
- Indicators **age**: infrastructure is reused by other people, and a cloud IP address may be innocent a week later.
- Avoid **false positives**: shared hosting, public DNS resolvers and CDN addresses should not be blocked or treated as suspect.

### Investigative use
IOCs are also **investigative leads**: a command-and-control domain leads to a registrar and hosting provider, which may hold subscriber and payment data obtainable by legal request.

### Checklist
1. Each IOC has type, value, first and last seen, and context.
2. Confidence stated.
3. Benign infrastructure filtered out.`,
        },
        {
          title: 'Sharing with MISP and STIX',
          minutes: 25,
          body: `## Sharing with MISP and STIX

Malware campaigns cross borders. Sharing indicators quickly lets partners detect the same threat and link cases.

### MISP
**MISP** (an open-source threat intelligence sharing platform, misp-project.org) is used by CERTs, law enforcement and companies. Information is organised as:
- **events**, each describing an incident or campaign;
- **attributes** (the indicators) and **objects** grouping related attributes;
- **tags and taxonomies**, including TLP and confidence;
- **galaxies** describing threat actors, malware families and ATT&CK techniques.
Communities synchronise events between MISP instances according to sharing settings.

### STIX and TAXII
**STIX 2.1** (an OASIS standard) is a JSON format for threat intelligence: objects such as indicator, malware, threat-actor and attack-pattern, linked by relationships. **TAXII** is the protocol used to exchange STIX over HTTPS. MISP can import and export STIX.

### Traffic Light Protocol (TLP 2.0)
- **TLP:RED**: only for the named recipients.
- **TLP:AMBER** and **TLP:AMBER+STRICT**: within the recipients' organisation (and its clients, or strictly the organisation).
- **TLP:GREEN**: within the community.
- **TLP:CLEAR**: no restriction.

### Law-enforcement caution
Sharing may disclose an ongoing investigation. Agree with the case lead what may be shared, and remember that intelligence received from partners may need **formal channels** before use as evidence.`,
        },
      ],
    },
  ],
  assessment: {
    passMark: 70,
    attemptLimit: 3,
    questionsPerAttempt: 5,
    timeLimitMinutes: 20,
    questions: [
      {
        kind: 'single_choice',
        prompt: 'What is the main difference between static and dynamic analysis?',
        options: [
          'Static analysis examines the file without running it; dynamic analysis observes it running',
          'Static analysis is only for Linux files',
          'Dynamic analysis never requires an isolated environment',
          'Static analysis always reveals packed code',
        ],
        correct: [0],
      },
      {
        kind: 'true_false',
        prompt:
          'Searching VirusTotal by hash shares the sample with other subscribers in the same way as uploading it.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'According to the Pyramid of Pain, which indicator is hardest for an attacker to change?',
        options: ['File hashes', 'IP addresses', 'Domain names', 'Tactics, techniques and procedures'],
        correct: [3],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which can a sandbox report show? (Choose all that apply.)',
        options: [
          'Processes created',
          'Network connections',
          'Registry changes',
          'The real name of the malware author',
        ],
        correct: [0, 1, 2],
      },
      {
        kind: 'single_choice',
        prompt: 'What does the TLP:RED label mean?',
        options: [
          'The information may be published',
          'Only for the named recipients',
          'Share within your community',
          'The indicator is high severity',
        ],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt: 'If a sample does nothing in a sandbox, it can be concluded that it is harmless.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which statements about STIX and TAXII are correct? (Choose all that apply.)',
        options: [
          'STIX 2.1 represents threat intelligence as JSON objects and relationships',
          'TAXII is a protocol for exchanging STIX over HTTPS',
          'STIX is a malware sandbox',
          'MISP can import and export STIX',
        ],
        correct: [0, 1, 3],
      },
      {
        kind: 'single_choice',
        prompt: 'How should a malicious URL be written in a report?',
        options: [
          'As a clickable hyperlink',
          'Defanged, e.g. hxxp://bad[.]example',
          'Only as a screenshot',
          'It should never be recorded',
        ],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'A file named invoice.pdf begins with the bytes "MZ". What is it most likely to be?',
        options: ['A PDF document', 'A Windows executable', 'A ZIP archive', 'A JPEG image'],
        correct: [1],
      },
    ],
  },
};

// ─────────────────────────────────────────────────────────────────────────────
// EE-201 E-evidence and mutual legal assistance
// ─────────────────────────────────────────────────────────────────────────────

const E_EVIDENCE: CourseSeed = {
  code: 'EE-201',
  title: 'E-Evidence and Mutual Legal Assistance',
  summary:
    'Obtaining electronic evidence held in another country quickly and lawfully. Covers the Budapest Convention, expedited preservation under Article 29, the 24/7 network, drafting mutual legal assistance requests, direct cooperation with service providers and the EU e-Evidence rules.',
  level: 'intermediate',
  topics: ['e-evidence', 'mutual-legal-assistance'],
  languages: ['en', 'uk', 'ru', 'pt-BR', 'es'],
  hours: 12,
  status: 'published',
  modules: [
    {
      title: 'The Budapest Convention framework',
      lessons: [
        {
          title: 'The Budapest Convention in brief',
          minutes: 20,
          body: `## The Budapest Convention in brief

The **Council of Europe Convention on Cybercrime** (ETS No. 185), opened for signature in Budapest in 2001, is the main international treaty on cybercrime and electronic evidence. It is open to states outside Europe, and many countries in Africa, Latin America and Asia-Pacific are parties. Current status is published on coe.int.

### Three pillars
1. **Substantive criminal law** (Articles 2-13): offences such as illegal access, data and system interference, computer-related fraud and forgery, and offences related to child sexual abuse material.
2. **Procedural powers** (Articles 14-21): expedited preservation of stored data, production orders, search and seizure of computer data, and real-time collection of traffic and content data, all subject to **conditions and safeguards** (Article 15).
3. **International cooperation** (Articles 23-35): extradition, mutual assistance, expedited preservation and disclosure, and the **24/7 network**.

### Second Additional Protocol
The **Second Additional Protocol** (CETS No. 224, opened for signature in 2022) adds tools such as direct requests to service providers in other parties for **subscriber information** and domain registration data, and expedited cooperation in emergencies.

### Why it matters to you
A shared legal framework means a preservation request from your unit uses **concepts the receiving country already knows**. Check whether the other country is a party before choosing your channel.`,
        },
        {
          title: 'Expedited preservation under Article 29',
          minutes: 25,
          body: `## Expedited preservation under Article 29

Data held by service providers can be deleted within days under normal retention policies. **Preservation** freezes the data while the formal request for disclosure is prepared.

### What Article 29 provides
- A party may ask another party to order or obtain the **expeditious preservation** of stored computer data located there, for which it **intends to submit** a mutual assistance request.
- Preservation is maintained for **at least 60 days** to allow the MLA request to arrive.
- **Dual criminality** is generally **not required** for preservation (a party may reserve the right to require it in limited cases).
- Under **Article 30**, if the requested party finds that a provider in a third state was involved in the transmission, it must disclose enough traffic data to identify that provider and path.

### Contents of a preservation request
- Requesting authority and the offence, with a **brief summary of the facts**.
- The **data to be preserved** and its relationship to the offence.
- Identifiers: account names, e-mail addresses, IP addresses **with exact timestamps and time zone**, URLs.
- The necessity of preservation and a statement that an **MLA request will follow**.

### Practical tips
- Preservation does **not** give you the data; it only prevents deletion.
- Send it **early**, even before the suspect is identified.
- Diary the expiry date and either follow up with MLA or request an extension.`,
        },
        {
          title: 'The 24/7 network',
          minutes: 15,
          body: `## The 24/7 network

**Article 35** of the Budapest Convention requires each party to designate a **point of contact available 24 hours a day, 7 days a week** to provide immediate assistance in cybercrime investigations.

### What the 24/7 contact can do
- Give **technical advice**.
- Arrange **preservation of data** under Articles 29 and 30.
- Collect evidence, give legal information and locate suspects, where national law allows.
- Coordinate with the country's MLA authority so that requests move quickly.

A separate, older **G7 24/7 Network** of high-tech crime contacts is also in use; many countries are members of both.

### When to use it
- **Urgent preservation** of data at risk of deletion.
- **Emergencies**: threats to life, such as kidnapping, suicide threats or imminent attacks, where the contact can help obtain data quickly through emergency procedures.
- Questions about which authority or provider holds the data.

### Using it well
1. Know **your own country's** 24/7 point of contact and route requests through it.
2. Write short, clear requests in English or the agreed language.
3. Include identifiers with exact times (UTC) and a contact available around the clock.
4. Confirm receipt and record the reference number.

### Example
After a ransomware attack, investigators used the 24/7 network to preserve logs at a foreign hosting company within hours; the formal MLA request arrived five weeks later and the data was still there.`,
        },
      ],
    },
    {
      title: 'Requests across borders',
      lessons: [
        {
          title: 'Drafting a mutual legal assistance request',
          minutes: 30,
          body: `## Drafting a mutual legal assistance request

A **mutual legal assistance (MLA) request** asks a foreign authority to use its powers to obtain evidence for your proceedings. Poorly drafted requests are the main cause of delay and refusal.

### Typical contents
1. **Requesting authority** and legal basis (treaty, Convention, or reciprocity).
2. **Summary of facts**: clear and concise, linking the suspect, the offence and the data sought.
3. **Offence** and the text of the relevant legal provisions, including penalties.
4. **Evidence requested**, precisely: for example "subscriber information and IP login records for account X from 1 to 15 March 2024 (UTC)".
5. **Relevance**: why the data is needed for the case.
6. **Procedures** to follow so the evidence is admissible at home (certificates, formats).
7. **Confidentiality** requirements and whether the account holder may be notified.
8. **Urgency**, reasons and any preservation reference numbers.

### Common reasons for delay or refusal
- "Fishing" requests that lack a link between the data and the offence.
- **Dual criminality** problems for coercive measures, or human rights concerns.
- Requests for content data without the **probable cause** standard of the requested country (for example the United States).
- Missing translations or signatures.

### Checklist
- Preservation done first.
- Central authority contacted for templates and advice.
- Translation arranged into the requested country's language.
- Timestamps in UTC.`,
        },
        {
          title: 'Direct cooperation with service providers',
          minutes: 20,
          body: `## Direct cooperation with service providers

Many online services are run by companies abroad. Some data can be obtained directly, without an MLA request.

### What providers often disclose voluntarily
Many large providers based in the United States disclose **non-content data** (subscriber information, IP logs) directly to foreign law enforcement on request, where their law permits it. **Content** (messages, files) generally requires legal process valid in the provider's country; for US providers this usually means an MLA request.

### Law-enforcement portals
Major platforms operate online **request portals** for verified law-enforcement officers. Register your unit in advance; requests from personal e-mail addresses are usually refused.

### Emergency disclosure
Most providers have **emergency procedures** for imminent danger of death or serious injury and can respond within hours.

### Cross-border frameworks
- The Budapest Convention's **Second Additional Protocol** provides a treaty basis for direct requests for subscriber information and domain registration data.
- The US **CLOUD Act** (2018) allows executive agreements under which US providers may answer orders from partner countries directly.

### Good practice
- Read each provider's **law-enforcement guidelines** before requesting.
- Request exactly what you need, with identifiers and date ranges.
- Record what was provided and how, for the chain of custody.`,
        },
        {
          title: 'The EU e-Evidence rules',
          minutes: 20,
          body: `## The EU e-Evidence rules

The European Union adopted in 2023 a package on electronic evidence: **Regulation (EU) 2023/1543** on European Production and Preservation Orders, and **Directive (EU) 2023/1544** on legal representatives of service providers. The Regulation applies from **18 August 2026**.

### Main instruments
- **European Production Order**: an authority in one member state orders a service provider offering services in the EU to **produce** data, directly, using a standard certificate.
- **European Preservation Order**: orders the provider to **preserve** data pending a later request for production.

### Deadlines
- Production: within **10 days** of receipt.
- Emergency cases: within **8 hours**.
- Preservation: kept for **60 days**, unless the issuing authority confirms that a production request has been issued.

### Safeguards
- Orders for **traffic and content data** must be issued or validated by a judge, court or investigating judge, and are limited to more serious offences; orders for subscriber data may also be issued by prosecutors.
- The enforcing state is **notified** of some orders and may raise grounds for refusal.

### Relevance outside the EU
Officers in non-EU countries cannot issue these orders, but EU partners working jointly with you may. The Directive also requires providers to designate **legal representatives in the EU**, a useful contact point for MLA and Budapest Convention requests.`,
        },
      ],
    },
  ],
  assessment: {
    passMark: 70,
    attemptLimit: 3,
    questionsPerAttempt: 6,
    timeLimitMinutes: null,
    questions: [
      {
        kind: 'single_choice',
        prompt: 'Under Article 29 of the Budapest Convention, for how long at minimum must preserved data be kept?',
        options: ['7 days', '30 days', '60 days', '1 year'],
        correct: [2],
      },
      {
        kind: 'true_false',
        prompt: 'A preservation request gives the requesting officer immediate access to the preserved data.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'Which article of the Budapest Convention establishes the 24/7 network?',
        options: ['Article 15', 'Article 29', 'Article 35', 'Article 2'],
        correct: [2],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which should a preservation request contain? (Choose all that apply.)',
        options: [
          'A brief summary of the facts and the offence',
          'Identifiers such as IP addresses with exact timestamps and time zone',
          'A statement that an MLA request will follow',
          "The full text of the suspect's criminal record",
        ],
        correct: [0, 1, 2],
      },
      {
        kind: 'true_false',
        prompt: 'Dual criminality is generally not a condition for expedited preservation under Article 29.',
        options: ['True', 'False'],
        correct: [0],
      },
      {
        kind: 'single_choice',
        prompt:
          'Under the EU e-Evidence Regulation, what is the deadline for a European Production Order in an emergency?',
        options: ['1 hour', '8 hours', '10 days', '60 days'],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which are common causes of delay or refusal of MLA requests? (Choose all that apply.)',
        options: [
          'No clear link between the data and the offence',
          'Missing translation',
          'Requesting data precisely with date ranges',
          "Not meeting the requested state's standard for content data",
        ],
        correct: [0, 1, 3],
      },
      {
        kind: 'single_choice',
        prompt:
          'Which type of data do many US-based providers disclose voluntarily to foreign law enforcement, where their law allows?',
        options: ['Message content', 'Stored photos', 'Non-content data such as subscriber information', 'Passwords'],
        correct: [2],
      },
      {
        kind: 'single_choice',
        prompt: 'What does the Second Additional Protocol to the Budapest Convention add?',
        options: [
          'New offences for online gambling',
          'Direct requests to providers for subscriber information and domain registration data',
          'A ban on encryption',
          'A single global police force',
        ],
        correct: [1],
      },
    ],
  },
};

// ─────────────────────────────────────────────────────────────────────────────
// CS-101 CSAM investigation awareness
// ─────────────────────────────────────────────────────────────────────────────

const CSAM_AWARENESS: CourseSeed = {
  code: 'CS-101',
  title: 'Child Sexual Abuse Material Investigation Awareness',
  summary:
    'A professional introduction for officers who may encounter child sexual abuse material in their work. Covers the victim-centred approach, lawful handling and the prohibition on re-distribution, hash sets and international databases, and protecting officer wellbeing. Contains no explicit content.',
  level: 'foundation',
  topics: ['csam-awareness', 'e-evidence'],
  languages: ['en', 'es', 'pt-BR', 'uk', 'ru'],
  hours: 8,
  status: 'published',
  modules: [
    {
      title: 'A victim-centred approach',
      lessons: [
        {
          title: 'Terminology and the harm behind the material',
          minutes: 20,
          body: `## Terminology and the harm behind the material

Every image or video of child sexual abuse is a **record of a crime against a real child**. Each time it is viewed or shared, that child is harmed again.

### Use accurate terms
The **Luxembourg Guidelines** (2016), developed by an interagency working group of international organisations, recommend:
- **child sexual abuse material (CSAM)** or **child sexual exploitation material (CSEM)**;
- avoiding the term "child pornography", which suggests consent and legitimacy where there is none.
Accurate language shows respect for victims and keeps reports and court documents focused on the abuse.

### Principles of a victim-centred investigation
- The **child's safety and identification** come before all other goals, including arrests.
- Treat new or unknown material as a sign of **possible ongoing abuse** that may require urgent action.
- Protect the **privacy and dignity** of victims in every document and conversation.
- Refer children and families to **specialist support services**; interviews of children are conducted only by trained specialists.

### Practical checklist
1. Use "CSAM" or "child sexual abuse material" in all documents.
2. Ask at the start: could a child be at risk now?
3. Record victim information only where necessary, in restricted files.
4. Know your local child protection and victim support contacts.`,
        },
        {
          title: 'Victim identification and safeguarding',
          minutes: 20,
          body: `## Victim identification and safeguarding

**Victim identification** is the process of locating and safeguarding a child depicted in abuse material. It is specialist work, but every investigator contributes to it.

### How identification works
- Specialist units compare seized material with international databases to see whether a victim is **already identified**.
- For **unknown** victims, specialists analyse non-abusive details in the background: objects, clothing, language on packaging, electrical sockets, landscapes. No explicit content is needed for this analysis.
- **INTERPOL's International Child Sexual Exploitation (ICSE) database** allows certified specialists in member countries to compare material and share information, avoiding duplication of effort. By linking cases, it has helped to identify tens of thousands of victims worldwide.
- Europol's public **"Trace an Object"** initiative publishes cropped, non-abusive images of objects and asks the public for help locating them.

### Your role as a non-specialist
- **Do not attempt** identification work yourself.
- Refer material promptly to the national specialist unit or INTERPOL National Central Bureau.
- Pass on **context**: where and how the material was found, device owner, online accounts, possible contacts with children.
- If a suspect has **access to children** (family, work, volunteering), inform child protection services without delay, following local procedures.

### Checklist
1. Specialist unit notified, with case reference.
2. Children with access to the suspect identified and protection referral made.
3. Context and seizure details handed over.`,
        },
      ],
    },
    {
      title: 'Handling material lawfully',
      lessons: [
        {
          title: 'Never re-distribute: handling rules',
          minutes: 20,
          body: `## Never re-distribute: handling rules

Possession and distribution of CSAM are serious crimes. Officers are permitted to handle it **only as strictly necessary** for their duties, and only in the ways their law and agency procedures allow.

### Absolute rules
- **Never copy, forward, print, e-mail or show** material to anyone without an operational need and authority, including colleagues "for their opinion".
- **Never upload** material to any online service, including search engines, translation tools, cloud storage or messaging apps.
- **Never store** material on personal devices or ordinary office systems.
- Do not include images in reports. Use **neutral written descriptions**, hash values and file references.

### How material is held
- On **isolated, access-controlled systems** with logging of who accessed what.
- Only officers with **specific authorisation and training** may view it.
- Disclosure to the defence or the court follows **controlled viewing** procedures, never release of copies outside the system.

### At a search
- Do not browse a suspect's device to "check" for material. Seize it correctly and leave examination to trained specialists.
- If material is displayed on a screen, **do not photograph it**. Record what you saw in neutral terms and inform your supervisor.

### Checklist
1. No copies outside the authorised system.
2. Reports use descriptions and hashes, not images.
3. Access to material logged.`,
        },
        {
          title: 'Hash sets and classification',
          minutes: 25,
          body: `## Hash sets and classification

Hash matching lets computers recognise **known** material without an officer having to view it, protecting both victims and investigators.

### Two kinds of hash
- **Cryptographic hashes** (such as MD5, SHA-1, SHA-256) match only **exact copies** of a file.
- **Perceptual hashes** (such as Microsoft's PhotoDNA) match images that are **visually similar** even after resizing or recompression.

### Sources of hash sets
- **NCMEC** (the US National Center for Missing & Exploited Children) shares hash lists with industry and law enforcement.
- **INTERPOL's ICSE database** holds material and hashes shared by member countries' specialists.
- National databases, such as the UK's Child Abuse Image Database (CAID), and initiatives such as Project VIC provide categorised hash sets to forensic tools.
- Hotline networks (INHOPE members, the Internet Watch Foundation) also produce hash lists for removal.

### In practice
1. Forensic tools compare every file on a seized device against approved hash sets.
2. **Known** material is categorised automatically, with minimal viewing.
3. Examiners concentrate on **unknown** material, which may depict new victims.
4. New, verified material is contributed to national and international databases through the proper channels.

### Remember
Hash matching only finds what is known. An absence of matches does not mean a device is clean; it means specialist review is needed.`,
        },
        {
          title: 'Reports from industry and hotlines',
          minutes: 15,
          body: `## Reports from industry and hotlines

Many investigations start not with a complaint, but with a **report from an online service provider**.

### The CyberTipline
US-based providers are required by law to report apparent CSAM they become aware of to **NCMEC's CyberTipline**. Many non-US providers report voluntarily. NCMEC makes reports available to law enforcement in the country where the user appears to be located, often through national contact points or INTERPOL and Europol channels. Each year the CyberTipline receives millions of reports from around the world.

### What a report may contain
- The provider, the account and the time of upload.
- IP addresses and timestamps, e-mail addresses, phone numbers.
- File names and hash values, and whether staff viewed the file.
- Sometimes geolocation estimated from the IP address.

### Triage
Volumes are high. Prioritise reports suggesting:
- **new material** or **live abuse**;
- **contact with children**, such as grooming or sextortion;
- a suspect with **access to children**.

### Next steps
1. **Preserve** account data at the provider immediately.
2. Obtain subscriber information through the proper legal process.
3. Plan the search with specialists, including child protection.

### Hotlines
Members of the **INHOPE** network receive reports from the public and work with hosting providers and police to remove material.`,
        },
      ],
    },
    {
      title: 'Officer wellbeing',
      lessons: [
        {
          title: 'Reducing exposure',
          minutes: 15,
          body: `## Reducing exposure

Repeated exposure to abuse material can cause **secondary (vicarious) trauma**. The first line of protection is to reduce exposure without reducing the quality of the investigation.

### Technical measures
- Use **hash matching** so known material does not need to be viewed.
- Review with **thumbnails**, **greyscale** or blurred previews where possible, and enlarge only when necessary.
- Keep **audio muted** by default when reviewing video; audio is often the most distressing element.
- Use tools that **categorise** automatically and flag only what needs a human decision.

### Working practices
- Review material in a **private, dedicated room**, never in open-plan offices.
- Plan **limited review sessions** with regular breaks, and avoid reviewing at the end of the day.
- Do not take work home, physically or digitally.
- Share the load across a team; no one should carry a case alone.

### Before you start a review
1. Is viewing really necessary for this task?
2. Can hash matching or metadata answer the question?
3. Is your environment private and your session planned?
4. Do you know who to talk to afterwards?

### Remember
Feeling affected is a **normal reaction** to abnormal material, not a weakness. Reducing exposure is part of professional practice.`,
        },
        {
          title: 'Support, supervision and resilience',
          minutes: 15,
          body: `## Support, supervision and resilience

Agencies have a **duty of care** to officers working with abuse material. Good welfare programmes keep experienced officers healthy and in the unit.

### Organisational measures
- **Psychological screening** before joining a specialist unit and at regular intervals afterwards.
- Access to **confidential counselling** with professionals who understand this work.
- **Supervision** that includes welfare conversations, not only case progress.
- **Peer support** networks and the option to rotate out of the role without stigma.

### Recognising warning signs
In yourself or a colleague:
- sleep problems, intrusive images, irritability;
- withdrawal from family and friends, increased alcohol use;
- becoming over-protective or suspicious of everyone around children;
- emotional numbness or cynicism.

### Healthy habits
- Keep a clear **boundary** between work and home, for example a routine at the end of each shift.
- Physical activity, rest and interests outside work.
- Talk to someone you trust; use the services available.

### Checklist for supervisors
1. Welfare check-ins scheduled, not only when problems appear.
2. Counselling contacts known to every team member.
3. Workloads monitored, including exposure hours.
4. Officers know they can ask for a break or rotation.

### Remember
Protecting children over the long term depends on investigators who are supported and well.`,
        },
      ],
    },
  ],
  assessment: {
    passMark: 80,
    attemptLimit: 3,
    questionsPerAttempt: 6,
    timeLimitMinutes: null,
    questions: [
      {
        kind: 'single_choice',
        prompt: 'Which term do the Luxembourg Guidelines recommend?',
        options: [
          'Child pornography',
          'Child sexual abuse material',
          'Adult content involving minors',
          'Illegal imagery',
        ],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt: 'An officer may forward material to a colleague by e-mail to ask for an opinion on it.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'What is the first priority of a victim-centred investigation?',
        options: [
          'Arresting as many suspects as possible',
          'The safety and identification of the child',
          'Closing cases quickly',
          'Counting the number of files',
        ],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which are sources of hash sets or databases used in CSAM investigations? (Choose all that apply.)',
        options: ['NCMEC', "INTERPOL's ICSE database", 'Public image search engines', 'Project VIC'],
        correct: [0, 1, 3],
      },
      {
        kind: 'single_choice',
        prompt: 'What is the advantage of a perceptual hash such as PhotoDNA over a cryptographic hash?',
        options: [
          'It is faster to compute',
          'It can match visually similar images after resizing or recompression',
          'It identifies the person who made the image',
          'It encrypts the image',
        ],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: "Which measures reduce officers' exposure during review? (Choose all that apply.)",
        options: [
          'Muting audio by default',
          'Greyscale or thumbnail views',
          'Reviewing in an open-plan office to share the burden',
          'Using hash matching for known material',
        ],
        correct: [0, 1, 3],
      },
      {
        kind: 'true_false',
        prompt:
          'If no hash matches are found on a seized device, it can be concluded that the device contains no abuse material.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: "During a search, abuse material is visible on a suspect's screen. What should you do?",
        options: [
          'Photograph the screen as evidence',
          'Browse the folder to see how much material there is',
          'Do not photograph it; record what you saw in neutral terms and follow seizure procedures',
          'Copy the folder to a USB stick for the specialist',
        ],
        correct: [2],
      },
      {
        kind: 'single_choice',
        prompt: 'Which organisation operates the CyberTipline?',
        options: ['Europol', 'NCMEC', 'The Council of Europe', 'INHOPE'],
        correct: [1],
      },
    ],
  },
};

// ─────────────────────────────────────────────────────────────────────────────
// RR-201 Ransomware response
// ─────────────────────────────────────────────────────────────────────────────

const RANSOMWARE: CourseSeed = {
  code: 'RR-201',
  title: 'Ransomware Response for Law Enforcement',
  summary:
    'How police respond to a ransomware attack alongside the victim, its incident responders and the national CERT. Covers containment and evidence, the law-enforcement position on negotiation and payment, attribution of ransomware groups, and free decryption through No More Ransom.',
  level: 'intermediate',
  topics: ['ransomware-response', 'malware-triage', 'network-investigation'],
  languages: ['en', 'uk', 'pt-BR', 'es'],
  hours: 16,
  status: 'published',
  modules: [
    {
      title: 'Containment and evidence',
      lessons: [
        {
          title: 'The first hours of a ransomware incident',
          minutes: 25,
          body: `## The first hours of a ransomware incident

When a victim calls, the systems are often still being encrypted. Decisions in the first hours affect recovery and the investigation.

### Containment, without destroying evidence
- **Isolate** affected systems from the network: disconnect cables, disable Wi-Fi, block at the switch or firewall.
- **Do not switch off** systems unless the responders decide it is necessary: memory may contain encryption keys, the attacker's tools and their connections.
- **Do not wipe or rebuild** systems before evidence is captured.
- **Disable compromised accounts** and reset privileged passwords, from a clean machine, since attackers often hold domain administrator rights.
- **Protect backups**: disconnect them; attackers deliberately target them.

### Who is involved
- The victim's IT team and, often, an **incident response firm**.
- The **national CERT/CSIRT**, which can give technical help and warn other potential victims.
- **Police**, for the criminal investigation and international cooperation.
- Insurers, regulators (data protection authorities) and legal advisers.

### Police priorities
1. Establish contact with the victim's incident lead.
2. Agree what evidence will be preserved and by whom.
3. Obtain the **ransom note** and any attacker contact details.
4. Open the case file and start a **timeline** of events.`,
        },
        {
          title: 'Collecting ransomware evidence',
          minutes: 25,
          body: `## Collecting ransomware evidence

The victim wants to restore operations quickly; the investigation needs evidence. With planning, both are possible.

### What to collect
- **Ransom notes** (all versions) and the **file extension** added to encrypted files.
- **Samples** of encrypted files and, if found, the ransomware executable.
- **Memory captures** and disk images of key systems: the first infected machine ("patient zero"), domain controllers, servers used by the attacker.
- **Logs**: firewall, VPN, remote desktop, e-mail, endpoint detection (EDR), Windows event logs, cloud audit logs.
- **Attacker communications**: negotiation chat portal addresses (often Tor onion services), e-mail addresses, messenger IDs.
- **Cryptocurrency addresses** given for payment.
- Screenshots of the **leak site** entry if data was published, preserved with time and hash.

### Working with responders
Many incident response firms collect this data anyway. Agree early that copies will be provided to police with **hashes and a collection record**, so they can be used as evidence.

### Checklist
1. Evidence collection plan agreed with the victim and responders.
2. Ransom note, sample files and executable preserved.
3. Logs exported before rotation deletes them.
4. Preservation requests sent to cloud and hosting providers used by attackers.`,
        },
      ],
    },
    {
      title: 'Negotiation, attribution and partners',
      lessons: [
        {
          title: 'Negotiation and payment: the law-enforcement position',
          minutes: 20,
          body: `## Negotiation and payment: the law-enforcement position

Law enforcement agencies and governments **advise victims not to pay**. Payment funds further crime, does not guarantee decryption or deletion of stolen data, and marks the victim as willing to pay again.

### The decision is the victim's
In most countries paying a ransom is not itself illegal, though it may be in specific cases. Police do not make the decision for the victim and **do not negotiate on their behalf** unless specific national procedures provide for it.

### Legal risks of payment
- Payments to **sanctioned** individuals or entities may be unlawful. The US Treasury's OFAC, for example, has warned that facilitating such payments can violate sanctions.
- Payments may trigger **reporting duties** under national law.

### What police should ask for
Whether or not the victim pays, ask to receive:
- the full **negotiation chat** and its portal address;
- **wallet addresses** and, if payment is made, the txids;
- any **decryptor** provided, and test results;
- proof-of-deletion claims and samples of stolen data shown by the attackers.

### Why it matters
Payment addresses allow **tracing** and sometimes **seizure**; chat logs and decryptors help link attacks to a group and to other victims.

### Practical tip
Encourage victims to check **No More Ransom** and to ask the CERT or police whether a decryptor exists before considering any payment.`,
        },
        {
          title: 'Attribution of ransomware groups',
          minutes: 25,
          body: `## Attribution of ransomware groups

Most ransomware today is **ransomware-as-a-service (RaaS)**, an ecosystem with divided roles:
- **Developers/operators** build the ransomware, run the leak site and payment infrastructure.
- **Affiliates** break into victims and deploy the ransomware for a share of the ransom.
- **Initial access brokers** sell access to compromised networks.
- Money launderers, bulletproof hosting providers and negotiators support them.

![The victim pays one address; operators keep 20–30%, the affiliate 70–80% and pays brokers and launderers from it](/lessons/ransomware-affiliate-split.svg "How the ransom is split =720x340")

### Evidence for attribution
- **Ransom note, file extension and leak site** identify the brand, but not necessarily who carried out the attack.
- **Tactics, techniques and procedures (TTPs)**, described using MITRE ATT&CK, can link intrusions to one affiliate across different brands.
- **Infrastructure**: IP addresses, domains, VPN and remote-access tools, tool configurations.
- **Cryptocurrency flows** shared by different attacks.

### Pitfalls
- Groups **rebrand** after law-enforcement pressure, and affiliates move between programmes.
- Code is leaked and reused; a similar note does not mean the same criminals.
- **False flags** and copied TTPs exist.

### International work
Attacks are usually launched from abroad. Share indicators and case data through **Europol (EC3)**, **INTERPOL**, the 24/7 network and bilateral partners. Coordinated operations, such as those against LockBit's infrastructure in 2024, rely on information from many victims' cases.`,
        },
        {
          title: 'Working with CERTs and No More Ransom',
          minutes: 20,
          body: `## Working with CERTs and No More Ransom

### CERTs and CSIRTs
A national **Computer Emergency Response Team (CERT)** or CSIRT coordinates technical response, warns other organisations and often operates sector contacts. Police and CERTs have **different goals**: CERTs focus on restoring and protecting systems, police on evidence and prosecution. Agree roles early:
- which data the CERT can share with police, and on what legal basis;
- how **indicators** will be distributed (for example through MISP with TLP labels);
- how victim confidentiality is protected.

### No More Ransom
**No More Ransom** (nomoreransom.org) was launched in July 2016 by the Dutch National Police, Europol's European Cybercrime Centre, Kaspersky and McAfee (then trading as Intel Security). It has since grown to include many law enforcement and private partners worldwide.
- It offers **free decryption tools** for many ransomware families.
- Its **Crypto Sheriff** tool helps identify the ransomware from encrypted sample files or the ransom note.
- It provides prevention advice and links to **reporting** in partner countries.
- The site is available in many languages.

### Practical checklist for an incident
1. Identify the ransomware family (Crypto Sheriff, note, extension).
2. Check for a decryptor on No More Ransom.
3. Inform the national CERT and agree information sharing.
4. Record everything in the case file.

### Example
A municipality hit by an older ransomware family recovered its files with a free No More Ransom decryptor and paid nothing.`,
        },
      ],
    },
  ],
  assessment: {
    passMark: 70,
    attemptLimit: 3,
    questionsPerAttempt: 6,
    timeLimitMinutes: 20,
    questions: [
      {
        kind: 'single_choice',
        prompt:
          "Systems are being encrypted at the victim's site. Which action best balances containment and evidence?",
        options: [
          'Switch off every computer immediately',
          'Isolate affected systems from the network and avoid powering them off until responders decide',
          'Wipe and reinstall all servers at once',
          'Pay the ransom to stop the encryption',
        ],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt: 'Police routinely negotiate with ransomware groups on behalf of victims.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which evidence should be preserved after a ransomware attack? (Choose all that apply.)',
        options: [
          'The ransom note',
          'Samples of encrypted files',
          'Firewall and VPN logs',
          "Only the victim's insurance policy",
        ],
        correct: [0, 1, 2],
      },
      {
        kind: 'single_choice',
        prompt: 'In a ransomware-as-a-service model, who usually breaks into the victim and deploys the ransomware?',
        options: ['The developer', 'An affiliate', 'The leak site host', "The victim's insurer"],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'Which organisations launched No More Ransom in 2016?',
        options: [
          'FBI and Microsoft',
          'Dutch National Police, Europol EC3, Kaspersky and McAfee',
          'INTERPOL and Google',
          'The Council of Europe and NCMEC',
        ],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt: 'Paying a ransom guarantees that the stolen data will be deleted by the attackers.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Why is attribution from a ransom note alone unreliable? (Choose all that apply.)',
        options: [
          'Groups rebrand',
          'Affiliates move between RaaS programmes',
          'Leaked code is reused by others',
          'Ransom notes are always written by the victim',
        ],
        correct: [0, 1, 2],
      },
      {
        kind: 'single_choice',
        prompt: 'What does the Crypto Sheriff tool on No More Ransom do?',
        options: [
          'Traces ransom payments on the blockchain',
          'Helps identify the ransomware family from encrypted files or the note',
          'Negotiates with attackers',
          'Removes data from leak sites',
        ],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Whether or not a victim pays, what should police ask the victim to share? (Choose all that apply.)',
        options: [
          'The negotiation chat and portal address',
          'Wallet addresses given for payment',
          'Any decryptor received',
          "Their customers' passwords",
        ],
        correct: [0, 1, 2],
      },
    ],
  },
};

// ─────────────────────────────────────────────────────────────────────────────
// MF-201 Mobile device forensics
// ─────────────────────────────────────────────────────────────────────────────

const MOBILE_FORENSICS: CourseSeed = {
  code: 'MF-201',
  title: 'Mobile Device Forensics',
  summary:
    'Preserving, acquiring and analysing evidence from smartphones. Covers device states and isolation, acquisition methods from logical to chip-off, iOS and Android specifics, and the analysis and validation of app databases and location data.',
  level: 'intermediate',
  topics: ['mobile-forensics', 'digital-forensics'],
  languages: ['en', 'uk', 'es', 'pt-BR', 'zh-CN'],
  hours: 24,
  status: 'published',
  modules: [
    {
      title: 'Preserving mobile evidence',
      lessons: [
        {
          title: 'Device states and encryption',
          minutes: 25,
          body: `## Device states and encryption

Modern smartphones are **encrypted by default**. What an examiner can extract depends heavily on the state the phone was in when seized.

### BFU and AFU
- **Before First Unlock (BFU)**: the phone has been restarted and not unlocked since. Most user data stays encrypted with keys derived from the passcode; very little can be extracted.
- **After First Unlock (AFU)**: the phone has been unlocked at least once since boot. Many keys remain in memory even when the screen is locked, so far more data may be accessible to forensic tools.

### Consequences for seizure
- **Do not switch off or restart** a phone that is on: it would return to BFU.
- Keep it **charged**: a phone whose battery dies reboots into BFU.
- Be aware that recent iOS versions **restart automatically** after a period of inactivity (about three days), and some Android builds offer similar features. **Submit devices to the lab quickly.**

### Passcodes
- Ask for the passcode if your law allows it, and record the answer exactly.
- Biometric unlocking and compelled disclosure are governed by national law; seek legal advice.
- **Never guess**: wrong attempts add delays and may erase the device if the owner enabled that setting.

### Checklist
1. State recorded: on/off, locked/unlocked, time.
2. Device kept powered and isolated.
3. Passcode information recorded with its source.
4. Delivered to the lab without delay.`,
        },
        {
          title: 'Isolation and documentation',
          minutes: 20,
          body: `## Isolation and documentation

A connected phone can receive **remote wipe** commands, new messages that overwrite deleted data, or automatic updates. Isolation stops this.

### Isolation methods
- **Airplane mode**: effective if the phone is unlocked and your procedure allows interaction. Also check that Wi-Fi and Bluetooth are off, since airplane mode may leave them on.
- **Faraday bag or box**: blocks radio signals without touching the settings. Put a **power bank** inside, because the phone increases transmit power while searching.
- **Shielded lab environment**: examination inside a shielded room or box.
- **SIM removal**: isolates the cellular network only and may trigger alerts on some devices; follow lab advice.

### Documentation
- Photograph the device on all sides, the screen, and any damage.
- Record **make, model, colour, IMEI** (from the label or SIM tray where possible, rather than navigating menus), SIM card ICCID and any memory card.
- Note visible notifications: they may disappear.
- Record each interaction with the device: who, when, what, why.

### Cloud and linked devices
Data on the phone may also be in **cloud backups** and on **linked devices** (computers, tablets, watches). Note accounts visible on the device so investigators can consider preservation requests. Accessing cloud data from a seized phone usually requires **separate legal authority**.

### Checklist
1. Network isolation method used and time recorded.
2. Identifiers recorded.
3. Accounts noted for preservation.`,
        },
      ],
    },
    {
      title: 'Acquisition',
      lessons: [
        {
          title: 'Acquisition methods',
          minutes: 30,
          body: `## Acquisition methods

Mobile acquisition ranges from photographing the screen to removing memory chips. Choose the **least intrusive method that answers the investigative question**, and record why.

### Levels
1. **Manual**: photographing or filming what the screen shows. Useful when no tool supports the device or app; time-consuming and limited to visible data.
2. **Logical**: data the operating system provides, such as an iTunes/Finder-style backup on iOS or data extracted through Android's debugging interface (ADB). Fast, but limited.
3. **Full file system**: all files, including app databases and system logs, usually through a forensic agent or exploit. Today the most valuable extraction for many cases.
4. **Physical**: a bit-by-bit copy of flash memory. With modern file-based encryption it is often unreadable without keys, and is rarely possible on current devices.
5. **Chip-off, JTAG and ISP**: direct access to memory chips, used for damaged or older devices; destructive or high-risk.

### Tools
Commercial suites (such as Cellebrite, Magnet, MSAB and Oxygen products) and open-source parsers (such as iLEAPP and ALEAPP) are widely used. Keep **tool versions** and licences documented.

### Integrity
Extractions are **hashed** on completion. Unlike a hard disk, a live phone changes constantly, so two extractions will not have the same hash; document each separately.

### Checklist
1. Method chosen and justified.
2. Tool and version recorded.
3. Extraction hashed and stored.`,
        },
        {
          title: 'iOS and Android specifics',
          minutes: 25,
          body: `## iOS and Android specifics

### iOS
- **Data Protection classes** decide which files are available in BFU or AFU state.
- The **keychain** stores passwords and tokens; it is only fully available in the best extractions.
- A **backup password** set by the user encrypts local backups; encrypted backups actually contain *more* data (such as health data and some keychain items) than unencrypted ones.
- Apple devices share data through **iCloud**; the phone may contain only part of the user's messages or photos.

### Android
- Great **diversity** of manufacturers, chipsets and versions; tool support varies by model and security patch level.
- Modern devices use **file-based encryption (FBE)** with credential-encrypted storage, available after unlock, and device-encrypted storage, available at boot.
- Manufacturer features such as secure folders create **separate encrypted spaces**.
- Google account data (location history, backups) may be stored in the cloud or, increasingly, only on the device.

### Common to both
- Messaging apps such as WhatsApp, Telegram and Signal store messages in **encrypted or app-specific databases**; support in tools varies and changes with app updates.
- **Secret chats** and disappearing messages may leave little or nothing behind.
- Users may have several **profiles or work containers**.

### Example
An examiner found only a month of WhatsApp messages on an iPhone. The full history was in an iCloud backup, later obtained with separate legal authority.`,
        },
      ],
    },
    {
      title: 'Analysis and validation',
      lessons: [
        {
          title: 'App databases and deleted records',
          minutes: 30,
          body: `## App databases and deleted records

Most app data on phones lives in **SQLite databases**, property lists (plist) on iOS, XML and protocol-buffer files. Understanding them lets you go beyond what a tool's report shows.

### SQLite essentials
- A database contains **tables**; messages, contacts and call logs are rows.
- Deleted rows often remain in **free pages** and unallocated space inside the database file until overwritten.
- The **write-ahead log (WAL)** file (ending in -wal) holds recent changes not yet merged into the main database. Always acquire and analyse it with the database.
- Timestamps use different formats: Unix time, milliseconds, or Apple's Cocoa time (seconds since 1 January 2001 UTC).

### Examples of valuable databases
- Messaging apps: message tables with sender, recipient, text and attachment references.
- Call logs and contacts.
- Browser history and downloads.
- Photos databases, with dates, locations and information on where images came from.

### Practical approach
1. Let the tool parse the data.
2. For key findings, open the **database directly** with a SQLite viewer on a copy.
3. Check the -wal file and free pages for deleted records.
4. Convert timestamps carefully, noting the format and time zone.

### Caution
Never open an original database with ordinary software: it may merge the WAL into the database and **destroy deleted records**. Work on copies.`,
        },
        {
          title: 'Location data and validation',
          minutes: 25,
          body: `## Location data and validation

Phones record location in many places. It can place a suspect at a scene, or exclude them. It must be interpreted carefully.

### Sources of location
- **Photo metadata** (EXIF GPS coordinates) and the phone's photo database.
- Map and navigation apps: searches, routes, saved places.
- Operating-system databases of **frequent or significant locations** and pattern-of-life data (for example the Biome and KnowledgeC stores on iOS, or Digital Wellbeing on Android).
- Wi-Fi networks joined, Bluetooth connections (such as a car).
- Fitness, ride-hailing and delivery apps.
- Cell site data, obtained from the **network operator**, not the phone.

### Accuracy
A location record may come from GPS (metres), Wi-Fi (tens of metres) or cell towers (hundreds of metres to kilometres). Always report the **accuracy value** where recorded and the **source**.

### Validation
Forensic tools can **misparse** data, especially after app updates. For any finding that matters to the case:
- verify it in the **raw data** (database, file, offset);
- confirm with a **second tool** or manual decoding;
- if possible, test on a **reference phone** with the same OS and app versions.

### Checklist
1. Source and accuracy of each location noted.
2. Timestamps converted and time zone recorded.
3. Key findings verified in raw data and a second tool.
4. Limitations stated in the report.`,
        },
      ],
    },
  ],
  assessment: {
    passMark: 70,
    attemptLimit: 3,
    questionsPerAttempt: 6,
    timeLimitMinutes: 20,
    questions: [
      {
        kind: 'single_choice',
        prompt: 'Why should a seized phone that is on usually be kept on and charged?',
        options: [
          'To receive new messages from accomplices',
          'Because in the AFU state more data is accessible than after a restart',
          'Because phones cannot be examined when switched off',
          'To allow the suspect to unlock it later',
        ],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt: 'Airplane mode always disables Wi-Fi and Bluetooth as well.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'Which acquisition method is usually the most valuable for modern smartphones?',
        options: ['Manual', 'Logical', 'Full file system', 'Physical (raw flash)'],
        correct: [2],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which are valid ways to isolate a phone from networks? (Choose all that apply.)',
        options: [
          'A Faraday bag with a power bank inside',
          'Airplane mode, with Wi-Fi and Bluetooth checked, if procedure allows',
          'Leaving it on the desk in the office',
          'Examination in a shielded enclosure',
        ],
        correct: [0, 1, 3],
      },
      {
        kind: 'single_choice',
        prompt: 'What is the SQLite "-wal" file?',
        options: [
          "A backup of the phone's contacts",
          'A write-ahead log holding recent changes not yet merged into the database',
          'A malware indicator',
          'An encrypted keychain',
        ],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt: 'Opening an original app database with ordinary software can destroy deleted records.',
        options: ['True', 'False'],
        correct: [0],
      },
      {
        kind: 'multiple_choice',
        prompt: 'How should an important finding from a forensic tool be validated? (Choose all that apply.)',
        options: [
          'Verify it in the raw data',
          'Confirm it with a second tool or manual decoding',
          'Accept it if the tool is expensive',
          'Test on a reference device with the same versions',
        ],
        correct: [0, 1, 3],
      },
      {
        kind: 'single_choice',
        prompt: "Apple's Cocoa timestamps count seconds since which date?",
        options: ['1 January 1970 UTC', '1 January 1601 UTC', '1 January 2001 UTC', '1 January 1980 local time'],
        correct: [2],
      },
      {
        kind: 'single_choice',
        prompt: 'Which location source is generally least precise?',
        options: [
          'GPS coordinates in photo EXIF',
          'Wi-Fi positioning',
          'Cell tower location',
          'Navigation app route with GPS',
        ],
        correct: [2],
      },
      {
        kind: 'true_false',
        prompt: 'Because an extraction is hashed, a second extraction of the same live phone will have the same hash.',
        options: ['True', 'False'],
        correct: [1],
      },
    ],
  },
};

// ─────────────────────────────────────────────────────────────────────────────
// DW-301 Dark web investigations (draft)
// ─────────────────────────────────────────────────────────────────────────────

const DARK_WEB: CourseSeed = {
  code: 'DW-301',
  title: 'Dark Web Investigations',
  summary:
    'Advanced investigation of criminal markets and forums on anonymity networks. Covers how Tor onion services work, the market ecosystem, lawful collection and undercover activity, de-anonymisation through operational security failures, and coordinated takedowns.',
  level: 'advanced',
  topics: ['dark-web', 'osint', 'cryptocurrency-tracing', 'network-investigation'],
  languages: ['en'],
  hours: 24,
  status: 'draft',
  modules: [
    {
      title: 'Anonymity networks and criminal markets',
      lessons: [
        {
          title: 'How Tor and onion services work',
          minutes: 30,
          body: `## How Tor and onion services work

The "dark web" usually means services reachable only through anonymity networks, above all **Tor**. Tor itself is lawful and is used by journalists, activists and ordinary people protecting their privacy; investigators focus on criminal use.

### Onion routing
- The Tor client builds a **circuit** through three volunteer relays: a **guard** (entry), a **middle** relay and an **exit** relay.
- Traffic is wrapped in **layers of encryption**; each relay removes one layer and knows only the previous and next hop.
- The destination sees the exit relay's IP address, not the user's.

### Onion services
- A website can be offered as an **onion service**, reachable only inside Tor. Neither the user nor the service learns the other's IP address; they meet at a **rendezvous point**.
- Current (version 3) addresses are **56 characters** followed by .onion, derived from the service's public key. Version 2 addresses were retired in 2021.
- The address itself proves you reached the holder of that key, which is why phishing clones with similar addresses are common.

### Other networks
I2P and Freenet exist but host far less criminal activity than Tor.

### Investigative implications
- IP-based identification rarely works directly.
- Weak points are usually **human and operational**: configuration mistakes, reused identities, money flows and physical deliveries.`,
        },
        {
          title: 'The market and forum ecosystem',
          minutes: 25,
          body: `## The market and forum ecosystem

Dark web markets resemble ordinary e-commerce sites, with listings, reviews and customer support, but sell drugs, stolen data, counterfeit documents, malware and criminal services.

### Key features
- **Vendors and buyers** with reputations built on feedback; vendors often operate on several markets under the same name to carry their reputation.
- **Escrow**: the market holds the buyer's payment until delivery is confirmed; some use **multi-signature** escrow.
- **PGP** encryption for addresses and messages, and PGP-signed messages to prove identity across markets.
- **Cryptocurrency** payments, with increasing use of Monero.
- **Exit scams**: administrators close the market and steal escrow funds.

### Forums and other services
- Forums host discussion, reviews and scam warnings, and sometimes act as the main meeting place for cybercrime services.
- Ransomware **leak sites** publish stolen data to pressure victims.
- Many criminal activities have moved partly to **encrypted messaging** channels.

### Intelligence value
- Listings reveal **shipping countries**, products and prices.
- Vendor **PGP keys**, usernames and writing style link identities across markets.
- Feedback volume gives an estimate of **scale**.

### Checklist for a market profile
1. Market name, addresses, dates active.
2. Administrators and key vendors of interest.
3. Payment methods and escrow model.
4. Captures preserved with time and hash.`,
        },
      ],
    },
    {
      title: 'Investigative techniques',
      lessons: [
        {
          title: 'Lawful collection and undercover activity',
          minutes: 25,
          body: `## Lawful collection and undercover activity

Dark web investigations move quickly from passive observation to interaction. Each step needs the **right legal authority**.

### Passive collection
- Browsing public market pages and forum posts from an **isolated environment** (dedicated machine or virtual machine, Tor Browser, no personal accounts).
- Capturing pages with URL, time (UTC) and hash, as in any web preservation.
- Never download files blindly: documents and archives may contain malware or illegal material.

### Active and undercover activity
Creating accounts, messaging vendors, making **test purchases** or taking over a suspect's account are usually **covert operations** requiring:
- written authorisation at the level set by national law;
- trained and accredited **undercover online officers**;
- a managed **legend** (persona) and records of every interaction;
- rules against **incitement**: officers may provide an opportunity but must not induce a crime that would not otherwise occur.

### Test purchases and controlled deliveries
- Use controlled funds, recorded wallets and documented transactions.
- Deliveries go to controlled addresses; packaging is a forensic exhibit (fingerprints, DNA, postage data).

### Deconfliction
Other agencies may be investigating the same market, or even operating undercover on it. Use national and international **deconfliction** channels (for example through Europol) before acting.

### Checklist
1. Authority recorded for each level of activity.
2. Persona and interactions logged.
3. Deconfliction completed.`,
        },
        {
          title: 'De-anonymisation through operational security failures',
          minutes: 30,
          body: `## De-anonymisation through operational security failures

Most dark web suspects are identified not by breaking Tor, but through **mistakes** and the points where the online world meets the physical and financial world.

### Common failures
- **Identity reuse**: a username, e-mail address or PGP key used both on the dark web and on the ordinary internet.
- **Early posts** made before the person became careful.
- **Money**: cryptocurrency withdrawn to an exchange account with KYC, or profits spent openly.
- **Logistics**: postage purchases, packaging suppliers, return addresses, CCTV at post offices.
- **Metadata**: photos of products with GPS data, or documents with author names.
- **Server misconfiguration**: services revealing their real IP address, status pages, or leaking information in error messages.
- **Writing style** and time-of-activity patterns consistent with a known person.

### Documented cases
- **Silk Road** (2013): investigators linked the administrator to early forum posts promoting the site, one of which carried a personal e-mail address.
- **AlphaBay** (2017): the administrator's personal e-mail address appeared in the headers of the site's early welcome and password-reset e-mails.

### Good practice
1. Build an **identity matrix**: every identifier and where it appears.
2. Corroborate each link independently.
3. Keep OSINT findings as leads until confirmed with lawful evidence.`,
        },
        {
          title: 'Coordinated takedowns',
          minutes: 25,
          body: `## Coordinated takedowns

Dark web markets serve users in many countries and are hosted across borders. Effective action is nearly always **international**.

### Elements of a takedown
- **Locating the servers** through investigation, provider cooperation or partner intelligence.
- **Seizing servers**, ideally while running, so that databases and keys are obtained; preserve memory and disk images before shutdown.
- **Arresting administrators** simultaneously, to prevent data destruction and flight.
- **Seizing cryptocurrency** held in market wallets.
- Publishing a **seizure banner** on the site, which also deters users.

### Post-takedown work
Seized databases contain vendor and buyer accounts, messages, addresses and transactions. They feed **follow-up investigations** in many countries, often over years, through Europol and bilateral channels.

### Example: Operation Bayonet (2017)
The FBI and partners took down **AlphaBay**. Meanwhile Dutch police had covertly taken control of the **Hansa** market and operated it for about a month, collecting information on users who migrated there from AlphaBay, before shutting it down.

### Your role
Even officers in smaller units contribute: local cases (a seized phone with market accounts, a parcel of drugs) may connect to an international operation.

### Checklist
1. Deconflict with Europol, INTERPOL or partners.
2. Plan legal authority for seizure in each country.
3. Prepare for live data acquisition and crypto seizure.
4. Agree how seized data will be shared after the takedown.`,
        },
      ],
    },
  ],
  assessment: {
    passMark: 80,
    attemptLimit: 3,
    questionsPerAttempt: 6,
    timeLimitMinutes: 20,
    questions: [
      {
        kind: 'single_choice',
        prompt: 'How many relays does a standard Tor circuit to an ordinary website use?',
        options: ['One', 'Two', 'Three', 'Seven'],
        correct: [2],
      },
      {
        kind: 'true_false',
        prompt: 'Using Tor is in itself evidence of criminal activity.',
        options: ['True', 'False'],
        correct: [1],
      },
      {
        kind: 'single_choice',
        prompt: 'How long is a current (version 3) onion address, before ".onion"?',
        options: ['16 characters', '32 characters', '56 characters', '64 characters'],
        correct: [2],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which are common operational security failures that help identify suspects? (Choose all that apply.)',
        options: [
          'Reusing a PGP key or username on the ordinary internet',
          'Withdrawing cryptocurrency to a KYC exchange account',
          'Product photos carrying GPS metadata',
          'Using the Tor Browser',
        ],
        correct: [0, 1, 2],
      },
      {
        kind: 'single_choice',
        prompt: 'In Operation Bayonet, what did Dutch police do with the Hansa market?',
        options: [
          'Shut it down immediately',
          'Took covert control and operated it for about a month before shutting it down',
          'Sold it to another administrator',
          'Ignored it to focus on AlphaBay',
        ],
        correct: [1],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Which dark web activities usually require covert operations authority? (Choose all that apply.)',
        options: [
          'Messaging a vendor with a persona',
          'Making a test purchase',
          "Taking over a suspect's account",
          'Reading a public forum post from an isolated environment',
        ],
        correct: [0, 1, 2],
      },
      {
        kind: 'single_choice',
        prompt: 'What is an "exit scam"?',
        options: [
          'A Tor exit relay that alters traffic',
          'Administrators closing a market and stealing escrow funds',
          'A police seizure banner',
          'A vendor leaving negative feedback',
        ],
        correct: [1],
      },
      {
        kind: 'true_false',
        prompt:
          'Before acting against a market, investigators should deconflict with other agencies, which may already be operating there.',
        options: ['True', 'False'],
        correct: [0],
      },
      {
        kind: 'single_choice',
        prompt: 'Why are market servers ideally seized while running?',
        options: [
          'To keep the market open for users',
          'So that databases, memory and encryption keys can be acquired',
          'Because switched-off servers cannot be moved',
          'To avoid publishing a seizure banner',
        ],
        correct: [1],
      },
    ],
  },
};

/** The catalogue, in display order. */
export const COURSES: CourseSeed[] = [
  FIRST_RESPONSE,
  DIGITAL_FORENSICS,
  OSINT,
  CRYPTO_TRACING,
  MALWARE_TRIAGE,
  E_EVIDENCE,
  CSAM_AWARENESS,
  RANSOMWARE,
  MOBILE_FORENSICS,
  DARK_WEB,
];
