/** Logging out: `POST /auth/logout`, then forget the cached user. */
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useSetMe } from '../../api/queries';

/** A mutation that logs out and goes to `to` (the login page by default). */
export function useLogout(to = '/login') {
  const setMe = useSetMe();
  const navigate = useNavigate();
  const showError = useApiError();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSuccess: () => {
      setMe(null);
      navigate(to);
    },
    onError: (e) => showError(e),
  });
}
