/**
 * Logging out: `POST /auth/logout`, then forget the cached user. A session of the unified identity
 * platform answers the platform's end-session URL: the browser goes there to end that session too
 * (single logout), and the platform sends it back to the bureau.
 */
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useSetMe } from '../../api/queries';
import type { LogoutAnswer } from '../../api/types';

/** A mutation that logs out and goes to `to` (the login page by default). */
export function useLogout(to = '/login') {
  const setMe = useSetMe();
  const navigate = useNavigate();
  const showError = useApiError();
  return useMutation({
    mutationFn: () => api.post<LogoutAnswer | undefined>('/auth/logout'),
    onSuccess: (answer) => {
      setMe(null);
      if (answer?.endSessionUrl) window.location.assign(answer.endSessionUrl);
      else navigate(to);
    },
    onError: (e) => showError(e),
  });
}
