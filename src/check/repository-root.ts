/** The repository a scenario belongs to: a scenario's `plan:` may not leave it (rule ref/plan). */
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The nearest folder at or above `folder` that holds a `.git` (a folder, or the file of a git
 * worktree); without one, the working folder `cwd`. `seen` caches answers within one run.
 */
export async function repositoryRoot(
  folder: string,
  cwd: string,
  seen: Map<string, Promise<string | undefined>> = new Map(),
): Promise<string> {
  return (await gitFolderAbove(folder, seen)) ?? cwd;
}

function gitFolderAbove(
  folder: string,
  seen: Map<string, Promise<string | undefined>>,
): Promise<string | undefined> {
  let answer = seen.get(folder);
  if (!answer) {
    answer = stat(join(folder, '.git')).then(
      () => folder,
      () => {
        const parent = dirname(folder);
        return parent === folder ? undefined : gitFolderAbove(parent, seen);
      },
    );
    seen.set(folder, answer);
  }
  return answer;
}
