/**
 * Which native builds the site's build needs on a machine, and which of them
 * are not installed. Pagefind, the Astro compiler, Vite's bundler (rolldown)
 * and CSS minifier (lightningcss) and esbuild each ship their native code as
 * one optional package per platform. A lock written on a machine (or against
 * a registry) that lacked another platform's package leaves it out, and npm
 * does not add it later (npm/cli#4828): the build then fails deep inside a
 * dependency. scripts/check-native.ts runs this before every build and says
 * which package is missing and the one command that installs it.
 */

export interface Machine {
  platform: string;
  arch: string;
  /** Linux's C library (the builds differ); null elsewhere. */
  libc: 'glibc' | 'musl' | null;
}

/** A package the build loads whose native code comes in an optional package per platform. */
export interface NativeFamily {
  parent: string;
  /** The name of the parent's package for the machine. */
  build: (machine: Machine) => string;
}

/** napi-rs's target names: Linux builds name their C library (32-bit ARM its ABI), Windows builds their toolchain. */
function napiTarget({ platform, arch, libc }: Machine): string {
  if (platform === 'linux') return `linux-${arch}-${libc === 'musl' ? 'musl' : arch === 'arm' ? 'gnueabihf' : 'gnu'}`;
  if (platform === 'win32') return `win32-${arch}-msvc`;
  return `${platform}-${arch}`;
}

export const FAMILIES: readonly NativeFamily[] = [
  { parent: 'pagefind', build: (m) => `@pagefind/${m.platform === 'win32' ? 'windows' : m.platform}-${m.arch}` },
  { parent: '@astrojs/compiler-binding', build: (m) => `@astrojs/compiler-binding-${napiTarget(m)}` },
  { parent: 'rolldown', build: (m) => `@rolldown/binding-${napiTarget(m)}` },
  { parent: 'lightningcss', build: (m) => `lightningcss-${napiTarget(m)}` },
  { parent: 'esbuild', build: (m) => `@esbuild/${m.platform}-${m.arch}` },
];

export interface Missing {
  parent: string;
  name: string;
  /** The version the parent asks for; undefined when the parent has no build for the machine at all. */
  version: string | undefined;
}

/**
 * The native packages the machine needs and lacks.
 * @param optional each installed parent's optionalDependencies (a parent that is not installed is npm's to report)
 * @param installed whether the parent finds the package installed
 */
export function missingNative(
  machine: Machine,
  optional: Readonly<Record<string, Record<string, string>>>,
  installed: (name: string, parent: string) => boolean,
): Missing[] {
  return FAMILIES.flatMap(({ parent, build }) => {
    const deps = optional[parent];
    const name = build(machine);
    if (!deps || installed(name, parent)) return [];
    return [{ parent, name, version: deps[name] }];
  });
}

export function machineName({ platform, arch, libc }: Machine): string {
  return `${platform}-${arch}${libc === 'musl' ? ' (musl)' : ''}`;
}

/** What to tell the reader: the missing packages, and the one command that installs them. */
export function missingMessage(machine: Machine, missing: readonly Missing[]): string {
  const installable = missing.filter((m) => m.version);
  const unsupported = missing.filter((m) => !m.version);
  const lines = [`This machine (${machineName(machine)}) lacks native packages the build needs:`];
  for (const m of installable) lines.push(`  ${m.name}@${m.version} (for ${m.parent})`);
  if (installable.length) {
    lines.push(
      'Install them with:',
      '',
      `  npm install --no-save ${installable.map((m) => `${m.name}@${m.version}`).join(' ')}`,
      '',
      "(npm leaves a platform's optional packages out when the lock was written without them and does not add them later: npm/cli#4828.)",
    );
  }
  for (const m of unsupported) lines.push(`  ${m.parent} publishes no build for ${machineName(machine)} (expected ${m.name}).`);
  return lines.join('\n');
}
